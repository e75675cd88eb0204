package dev.nova.media.adapter.out.persistence;

import dev.nova.media.api.AssetView;
import dev.nova.media.api.VariantView;
import dev.nova.media.application.Assets;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Assets in {@code media.assets}, through {@link AssetRepository}. */
public final class JdbcAssets implements Assets {

    private final AssetRepository assets;

    public JdbcAssets(AssetRepository assets) {
        this.assets = assets;
    }

    @Override
    public Optional<AssetView> insertPending(UUID id, UUID owner, String kind, String contentType, long byteSize,
                                             String sha256, String multipartUploadId, Instant at) {
        return assets.insertPending(id, owner, kind, contentType, byteSize, sha256, multipartUploadId, at) == 1
                ? assets.findLive(id).map(AssetRow::view) : Optional.empty();
    }

    @Override
    public Optional<String> multipartUploadId(UUID id) {
        return assets.findMultipartUploadId(id);
    }

    @Override
    public Optional<AssetView> liveByHash(UUID owner, String sha256) {
        return assets.findLiveByHash(owner, sha256).map(AssetRow::view);
    }

    @Override
    public Optional<AssetView> byId(UUID id) {
        return assets.findLive(id).map(AssetRow::view).map(asset -> withVariants(List.of(asset)).get(0));
    }

    @Override
    public Optional<String> sha256Of(UUID id) {
        return assets.findSha256(id);
    }

    @Override
    public boolean startProcessing(UUID id, Instant at) {
        return assets.updateStatus(id, "UPLOADED", "PROCESSING", 0, at) == 1;
    }

    @Override
    public Optional<AssetView> ready(UUID id, String detectedType, int width, int height, String orientation,
                                     String blurhash, List<StoredVariant> variants, Instant at) {
        if (assets.markReady(id, detectedType, width, height, orientation, blurhash, at) != 1) {
            return Optional.empty();
        }
        for (StoredVariant variant : variants) {
            VariantView view = variant.view();
            assets.upsertVariant(id, view.name(), view.contentType(), view.width(), view.height(), view.byteSize(),
                    variant.objectKey());
        }
        return byId(id);
    }

    @Override
    public Optional<AssetView> failed(UUID id, String reason, Instant at) {
        return assets.markFailed(id, reason, at) == 1 ? byId(id) : Optional.empty();
    }

    /** The assets with their variants, read in one statement for all of them. */
    private List<AssetView> withVariants(List<AssetView> found) {
        if (found.isEmpty()) {
            return found;
        }
        Map<UUID, List<VariantView>> variants = assets.findVariants(found.stream().map(AssetView::id).toList())
                .stream().collect(Collectors.groupingBy(VariantRow::assetId,
                        Collectors.mapping(VariantRow::view, Collectors.toList())));
        return found.stream().map(asset -> asset.withVariants(variants.getOrDefault(asset.id(), List.of())))
                .toList();
    }

    @Override
    public Optional<AssetView> fromPending(UUID id, String status, String failureReason, Instant at) {
        // Micronaut Data reads UPDATE ... RETURNING as a scalar, so the row is read back on the same connection.
        return assets.updateFromPending(id, status, failureReason, at) == 1 ? assets.findLive(id).map(AssetRow::view)
                : Optional.empty();
    }

    @Override
    public Optional<AssetView> softDelete(UUID id, UUID by, String reason, Instant at) {
        return assets.softDelete(id, by, reason, at) == 1 ? assets.findAny(id).map(AssetRow::view) : Optional.empty();
    }

    @Override
    public long bytesCreatedSince(UUID owner, Instant since) {
        return assets.sumBytesSince(owner, since);
    }

    @Override
    public List<AssetView> page(UUID owner, Instant afterAt, UUID afterId, int limit) {
        return withVariants(assets.findPage(owner, afterAt, afterId, limit).stream().map(AssetRow::view).toList());
    }

    @Override
    public List<AssetView> byIds(UUID owner, List<UUID> ids) {
        return withVariants(assets.findOwned(owner, ids).stream().map(AssetRow::view).toList());
    }
}
