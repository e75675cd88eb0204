package dev.nova.media.application;

import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.Ids;
import dev.nova.kernel.UnitOfWork;
import dev.nova.media.api.AssetRequest;
import dev.nova.media.api.AssetView;
import dev.nova.media.api.CreateUploadRequest;
import dev.nova.media.api.UploadTarget;
import dev.nova.media.api.UploadTicket;
import dev.nova.media.domain.AssetStatus;
import dev.nova.media.domain.MediaKind;
import dev.nova.media.domain.Sha256;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An owner's uploads: a pending asset and a presigned request for its bytes, the owner's word that they are up
 * (checked against the store), giving up, and deleting. Nobody but the owner sees or touches an asset: any other
 * caller gets {@code NOT_FOUND}, as for an asset that does not exist.
 */
public final class Uploads {

    /** How long a presigned upload request stays valid. */
    public static final Duration UPLOAD_TTL = Duration.ofMinutes(15);
    /** The bytes one owner may upload in a day (deleted and duplicate-free uploads counted once). */
    public static final long DAILY_BYTES = 4L * 1024 * 1024 * 1024;
    private static final Duration DAY = Duration.ofDays(1);

    private final Assets assets;
    private final UploadStore store;
    private final AssetEvents events;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public Uploads(Assets assets, UploadStore store, AssetEvents events, UnitOfWork unitOfWork, Clock clock) {
        this.assets = assets;
        this.store = store;
        this.events = events;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Where an asset's original bytes live in the uploads bucket. */
    public static String uploadKey(AssetView asset) {
        return "uploads/" + asset.ownerId() + "/" + asset.id();
    }

    public UploadTicket create(Caller caller, CreateUploadRequest request) {
        UUID owner = caller.requireUser();
        MediaKind kind = MediaKind.parse(request.kind());
        String contentType = kind.contentType(request.contentType());
        long byteSize = kind.byteSize(request.byteSize());
        Sha256 sha256 = Sha256.parse(request.sha256());
        Instant now = clock.instant();
        AssetView asset = unitOfWork.inTransaction(() -> assets.liveByHash(owner, sha256.hex()).orElseGet(() -> {
            long used = assets.bytesCreatedSince(owner, now.minus(DAY));
            if (used + byteSize > DAILY_BYTES) {
                throw DomainException.rateLimited("you have uploaded today's " + DAILY_BYTES / (1024 * 1024 * 1024)
                        + " GB: try again tomorrow", Duration.ofHours(1));
            }
            return assets.insertPending(Ids.newId(), owner, kind.name(), contentType, byteSize, sha256.hex(), now)
                    .orElseGet(() -> assets.liveByHash(owner, sha256.hex()).orElseThrow());
        }));
        UploadTarget target = AssetStatus.PENDING_UPLOAD.name().equals(asset.status())
                ? store.presignPut(uploadKey(asset), asset.contentType(), asset.byteSize(), sha256.base64(), UPLOAD_TTL)
                : null;
        return new UploadTicket(asset, target);
    }

    /**
     * The owner's word that the bytes are up: the object must be there with the signed size, then the asset is
     * UPLOADED and {@code MediaUploaded} goes out. Completing twice answers the asset as it is.
     */
    public AssetView complete(Caller caller, AssetRequest request) {
        AssetView asset = owned(caller, request);
        if (!AssetStatus.PENDING_UPLOAD.name().equals(asset.status())) {
            return asset;
        }
        Optional<Long> size = store.size(uploadKey(asset));
        if (size.isEmpty()) {
            throw DomainException.badInput("mediaAssetId", "has no bytes yet: upload them with the presigned "
                    + "request first");
        }
        Instant now = clock.instant();
        if (size.get() != asset.byteSize()) {
            store.delete(uploadKey(asset));
            return assets.fromPending(asset.id(), AssetStatus.FAILED.name(), "the file has " + size.get()
                    + " bytes, not the " + asset.byteSize() + " declared", now).orElseGet(() -> current(asset));
        }
        return unitOfWork.inTransaction(() -> assets.fromPending(asset.id(), AssetStatus.UPLOADED.name(), null, now)
                .map(uploaded -> {
                    events.uploaded(uploaded, now);
                    return uploaded;
                })
                .orElseGet(() -> current(asset)));
    }

    /** Gives up an upload that has not completed: the asset is deleted and any bytes sent removed. */
    public AssetView abort(Caller caller, AssetRequest request) {
        AssetView asset = owned(caller, request);
        if (!AssetStatus.PENDING_UPLOAD.name().equals(asset.status())) {
            throw DomainException.conflict("mediaAssetId", "the upload is complete: delete the media instead");
        }
        AssetView aborted = remove(asset, caller.userId(), "ABORTED");
        store.delete(uploadKey(asset));
        return aborted;
    }

    /** Deletes an asset: hidden from every read at once; its bytes go with the retention of deleted content. */
    public AssetView delete(Caller caller, AssetRequest request) {
        return remove(owned(caller, request), caller.userId(), "OWNER");
    }

    private AssetView remove(AssetView asset, UUID by, String reason) {
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> assets.softDelete(asset.id(), by, reason, now)
                .map(deleted -> {
                    events.deleted(deleted, by, reason, now);
                    return deleted;
                })
                .orElseThrow(() -> DomainException.notFound("media")));
    }

    private AssetView owned(Caller caller, AssetRequest request) {
        UUID owner = caller.requireUser();
        if (request.mediaAssetId() == null) {
            throw DomainException.badInput("mediaAssetId", "is required");
        }
        return assets.byId(request.mediaAssetId()).filter(asset -> asset.ownerId().equals(owner))
                .orElseThrow(() -> DomainException.notFound("media"));
    }

    private AssetView current(AssetView asset) {
        return assets.byId(asset.id()).orElseThrow(() -> DomainException.notFound("media"));
    }
}
