package dev.nova.media.application;

import dev.nova.kernel.UnitOfWork;
import dev.nova.media.api.AssetView;
import dev.nova.media.api.MediaUploaded;
import dev.nova.media.api.VariantView;
import dev.nova.media.domain.MediaKind;
import dev.nova.pipeline.ImageFacts;
import dev.nova.pipeline.ImageInspector;
import dev.nova.pipeline.ImageVariants;
import dev.nova.pipeline.Refusal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The pipeline's work on an uploaded asset, started by {@code MediaUploaded}: the real bytes are checked (the
 * declared size and SHA-256, then what the media pipeline reads of them), an image's variants and blurhash are made
 * and stored, and the asset is READY ({@code MediaReady}) or FAILED with the reason ({@code MediaFailed}). A
 * redelivered event finds the asset taken and does nothing. Videos wait for the transcoding step.
 */
public final class Processing {

    private final Assets assets;
    private final UploadStore originals;
    private final ServedStore served;
    private final AssetEvents events;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public Processing(Assets assets, UploadStore originals, ServedStore served, AssetEvents events,
                      UnitOfWork unitOfWork, Clock clock) {
        this.assets = assets;
        this.originals = originals;
        this.served = served;
        this.events = events;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Where a variant is kept in the media bucket. */
    public static String variantKey(UUID asset, String name) {
        return "media/" + asset + "/" + name + ".jpg";
    }

    public void uploaded(MediaUploaded uploaded) {
        if (!MediaKind.IMAGE.name().equals(uploaded.kind())) {
            return;
        }
        Optional<AssetView> found = assets.byId(uploaded.assetId());
        if (found.isEmpty() || !assets.startProcessing(uploaded.assetId(), clock.instant())) {
            return;
        }
        AssetView asset = found.get();
        try {
            byte[] bytes = originals.read(Uploads.uploadKey(asset));
            if (bytes.length != asset.byteSize()) {
                throw new Refusal("the file has " + bytes.length + " bytes, not the " + asset.byteSize()
                        + " declared");
            }
            if (!sha256(bytes).equals(assets.sha256Of(asset.id()).orElse(""))) {
                throw new Refusal("the file's SHA-256 is not the one declared: it changed on the way");
            }
            ImageFacts facts = ImageInspector.inspect(bytes, asset.contentType());
            ImageVariants.Made made = ImageVariants.make(bytes, facts);
            List<Assets.StoredVariant> variants = made.variants().stream().map(variant -> {
                String key = variantKey(asset.id(), variant.name());
                served.put(key, variant.jpeg(), "image/jpeg");
                return new Assets.StoredVariant(new VariantView(variant.name(), "image/jpeg", variant.width(),
                        variant.height(), variant.jpeg().length), key);
            }).toList();
            Instant now = clock.instant();
            unitOfWork.inTransaction(() -> assets.ready(asset.id(), facts.contentType(), facts.shownWidth(),
                    facts.shownHeight(), facts.orientation(), made.blurhash(), variants, now).map(ready -> {
                        events.ready(ready, now);
                        return ready;
                    }));
        } catch (Refusal refusal) {
            Instant now = clock.instant();
            unitOfWork.inTransaction(() -> assets.failed(asset.id(), refusal.reason(), now).map(failed -> {
                events.failed(failed, refusal.reason(), now);
                return failed;
            }));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
