package dev.nova.media.application;

import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.Ids;
import dev.nova.kernel.UnitOfWork;
import dev.nova.media.api.AssetRequest;
import dev.nova.media.api.AssetView;
import dev.nova.media.api.CreateUploadRequest;
import dev.nova.media.api.MultipartPlan;
import dev.nova.media.api.PartUrls;
import dev.nova.media.api.PartUrlsRequest;
import dev.nova.media.api.UploadTicket;
import dev.nova.media.domain.AssetStatus;
import dev.nova.media.domain.MediaKind;
import dev.nova.media.domain.Sha256;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

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
    /** Videos larger than this go up in parts, so that a dropped connection loses one part at most. */
    public static final long MULTIPART_THRESHOLD = 16L * 1024 * 1024;
    /** Every part's size but the last's (S3 takes 5 MiB to 5 GiB). */
    public static final long PART_SIZE = 8L * 1024 * 1024;
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
        return uploadKey(asset.ownerId(), asset.id());
    }

    private static String uploadKey(UUID owner, UUID id) {
        return "uploads/" + owner + "/" + id;
    }

    public UploadTicket create(Caller caller, CreateUploadRequest request) {
        UUID owner = caller.requireUser();
        MediaKind kind = MediaKind.parse(request.kind());
        String contentType = kind.contentType(request.contentType());
        long byteSize = kind.byteSize(request.byteSize());
        Sha256 sha256 = Sha256.parse(request.sha256());
        boolean inParts = kind == MediaKind.VIDEO && byteSize > MULTIPART_THRESHOLD;
        boolean byForm = uploadMethod(request.uploadMethod());
        Instant now = clock.instant();
        AssetView asset = unitOfWork.inTransaction(() -> assets.liveByHash(owner, sha256.hex()).orElseGet(() -> {
            long used = assets.bytesCreatedSince(owner, now.minus(DAY));
            if (used + byteSize > DAILY_BYTES) {
                throw DomainException.rateLimited("you have uploaded today's " + DAILY_BYTES / (1024 * 1024 * 1024)
                        + " GB: try again tomorrow", Duration.ofHours(1));
            }
            UUID id = Ids.newId();
            String uploadId = inParts ? store.startMultipart(uploadKey(owner, id), contentType) : null;
            return assets.insertPending(id, owner, kind.name(), contentType, byteSize, sha256.hex(), uploadId, now)
                    .orElseGet(() -> {
                        // Another request made the same asset first: this multipart upload is not needed.
                        if (uploadId != null) {
                            store.abortMultipart(uploadKey(owner, id), uploadId);
                        }
                        return assets.liveByHash(owner, sha256.hex()).orElseThrow();
                    });
        }));
        if (!AssetStatus.PENDING_UPLOAD.name().equals(asset.status())) {
            return new UploadTicket(asset, null, null);
        }
        if (assets.multipartUploadId(asset.id()).isPresent()) {
            return new UploadTicket(asset, null, new MultipartPlan(PART_SIZE, partCount(asset.byteSize())));
        }
        return new UploadTicket(asset, byForm
                ? store.presignPost(uploadKey(asset), asset.contentType(), asset.byteSize(), sha256.base64(), UPLOAD_TTL)
                : store.presignPut(uploadKey(asset), asset.contentType(), asset.byteSize(), sha256.base64(), UPLOAD_TTL),
                null);
    }

    /**
     * Presigned requests for parts of a multipart upload, each signed with its exact size, and the parts storage
     * already holds, so that a client that lost its connection sends only the others.
     */
    public PartUrls partUrls(Caller caller, PartUrlsRequest request) {
        AssetView asset = owned(caller, request.mediaAssetId());
        if (!AssetStatus.PENDING_UPLOAD.name().equals(asset.status())) {
            throw DomainException.conflict("mediaAssetId", "the upload is complete");
        }
        String uploadId = assets.multipartUploadId(asset.id()).orElseThrow(() -> DomainException.badInput(
                "mediaAssetId", "is not uploaded in parts: send it with the one request createUpload answered"));
        int count = partCount(asset.byteSize());
        if (request.partNumbers().size() > PartUrlsRequest.MAX_PARTS) {
            throw DomainException.badInput("partNumbers", "at most " + PartUrlsRequest.MAX_PARTS + " at a time");
        }
        List<PartUrls.PartTarget> targets = new ArrayList<>();
        for (int part : new TreeSet<>(request.partNumbers())) {
            if (part < 1 || part > count) {
                throw DomainException.badInput("partNumbers", "must be between 1 and " + count);
            }
            targets.add(new PartUrls.PartTarget(part, store.presignPart(uploadKey(asset), uploadId, part,
                    partSize(asset.byteSize(), part), UPLOAD_TTL)));
        }
        List<PartUrls.UploadedPart> held = store.parts(uploadKey(asset), uploadId).stream()
                .map(part -> new PartUrls.UploadedPart(part.partNumber(), part.byteSize())).toList();
        return new PartUrls(targets, held);
    }

    /** True for an HTML form upload (POST, for browsers); false for a PUT (apps, the default). */
    private static boolean uploadMethod(String method) {
        if (method == null || method.equalsIgnoreCase("PUT")) {
            return false;
        }
        if (method.equalsIgnoreCase("POST")) {
            return true;
        }
        throw DomainException.badInput("uploadMethod", "must be PUT or POST");
    }

    /** How many parts an upload of {@code byteSize} takes. */
    static int partCount(long byteSize) {
        return (int) ((byteSize + PART_SIZE - 1) / PART_SIZE);
    }

    /** The size of part {@code part} (1-based) of an upload of {@code byteSize}. */
    static long partSize(long byteSize, int part) {
        return part < partCount(byteSize) ? PART_SIZE : byteSize - (long) (part - 1) * PART_SIZE;
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
        Optional<String> uploadId = assets.multipartUploadId(asset.id());
        if (uploadId.isPresent() && store.size(uploadKey(asset)).isEmpty()) {
            joinParts(asset, uploadId.get());
        }
        Optional<Long> size = store.size(uploadKey(asset));
        if (size.isEmpty()) {
            throw DomainException.badInput("mediaAssetId", "has no bytes yet: upload them with the presigned "
                    + "request first");
        }
        return moveOn(asset, size.get());
    }

    /** A pending asset whose object has {@code size} bytes: UPLOADED with {@code MediaUploaded}, or FAILED. */
    private AssetView moveOn(AssetView asset, long size) {
        Instant now = clock.instant();
        if (size != asset.byteSize()) {
            store.delete(uploadKey(asset));
            return assets.fromPending(asset.id(), AssetStatus.FAILED.name(), "the file has " + size
                    + " bytes, not the " + asset.byteSize() + " declared", now).orElseGet(() -> current(asset));
        }
        return unitOfWork.inTransaction(() -> assets.fromPending(asset.id(), AssetStatus.UPLOADED.name(), null, now)
                .map(uploaded -> {
                    events.uploaded(uploaded, now);
                    return uploaded;
                })
                .orElseGet(() -> current(asset)));
    }

    /**
     * Storage says an object was created under {@code key} ({@code uploads/<owner>/<asset>}): the same transition
     * as the owner's {@code completeUpload}, for a client that never sends it. Anything else (a key of another shape,
     * an asset gone or already on) is left alone; the answer says whether the asset moved.
     */
    public boolean objectCreated(String key, long size) {
        String[] parts = key.split("/");
        if (parts.length != 3 || !parts[0].equals("uploads")) {
            return false;
        }
        UUID owner;
        UUID id;
        try {
            owner = UUID.fromString(parts[1]);
            id = UUID.fromString(parts[2]);
        } catch (IllegalArgumentException e) {
            return false;
        }
        Optional<AssetView> found = assets.byId(id).filter(asset -> asset.ownerId().equals(owner)
                && AssetStatus.PENDING_UPLOAD.name().equals(asset.status()));
        if (found.isEmpty()) {
            return false;
        }
        moveOn(found.get(), size);
        return true;
    }

    /** Every part there with its size, then joined; {@code BAD_USER_INPUT} naming the parts still to send. */
    private void joinParts(AssetView asset, String uploadId) {
        int count = partCount(asset.byteSize());
        Map<Integer, UploadStore.StoredPart> held = new TreeMap<>();
        store.parts(uploadKey(asset), uploadId).forEach(part -> held.put(part.partNumber(), part));
        List<Integer> missing = new ArrayList<>();
        for (int part = 1; part <= count; part++) {
            UploadStore.StoredPart stored = held.get(part);
            if (stored == null || stored.byteSize() != partSize(asset.byteSize(), part)) {
                missing.add(part);
            }
        }
        if (!missing.isEmpty()) {
            throw DomainException.badInput("mediaAssetId", "parts " + missing.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + " of " + count + " are still to send");
        }
        store.completeMultipart(uploadKey(asset), uploadId, List.copyOf(held.values()));
    }

    /** Gives up an upload that has not completed: the asset is deleted and any bytes sent removed. */
    public AssetView abort(Caller caller, AssetRequest request) {
        AssetView asset = owned(caller, request);
        if (!AssetStatus.PENDING_UPLOAD.name().equals(asset.status())) {
            throw DomainException.conflict("mediaAssetId", "the upload is complete: delete the media instead");
        }
        AssetView aborted = remove(asset, caller.userId(), "ABORTED");
        assets.multipartUploadId(asset.id()).ifPresent(uploadId -> store.abortMultipart(uploadKey(asset), uploadId));
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
        return owned(caller, request.mediaAssetId());
    }

    private AssetView owned(Caller caller, UUID id) {
        UUID owner = caller.requireUser();
        if (id == null) {
            throw DomainException.badInput("mediaAssetId", "is required");
        }
        return assets.byId(id).filter(asset -> asset.ownerId().equals(owner))
                .orElseThrow(() -> DomainException.notFound("media"));
    }

    private AssetView current(AssetView asset) {
        return assets.byId(asset.id()).orElseThrow(() -> DomainException.notFound("media"));
    }
}
