package dev.nova.media.api;

import dev.nova.invocation.Operation;
import dev.nova.kernel.Page;
import dev.nova.kernel.PageRequest;
import io.micronaut.core.type.Argument;

/** The media domain's operations: uploads straight to S3, the owner's library, and batched reads for content. */
public final class MediaApi {

    public static final String DOMAIN = "media";

    /**
     * A new asset and a presigned request to upload its bytes to; the same SHA-256 from the same owner answers the
     * asset it already has (with a fresh request while it still waits for its bytes). Safe to retry.
     */
    public static final Operation<CreateUploadRequest, UploadTicket> CREATE_UPLOAD =
            Operation.command(DOMAIN, "createUpload", CreateUploadRequest.class, UploadTicket.class);

    /**
     * Presigned requests for parts of a multipart upload, and the parts storage already holds: a client that lost
     * its connection sends only the rest.
     */
    public static final Operation<PartUrlsRequest, PartUrls> UPLOAD_PART_URLS =
            Operation.query(DOMAIN, "uploadPartUrls", PartUrlsRequest.class, PartUrls.class);

    /** The owner says the bytes are up: media checks the object (its size) and the asset is UPLOADED. */
    public static final Operation<AssetRequest, AssetView> COMPLETE_UPLOAD =
            Operation.command(DOMAIN, "completeUpload", AssetRequest.class, AssetView.class);

    /** The owner gives up an upload that has not completed: the asset and any bytes sent go. */
    public static final Operation<AssetRequest, AssetView> ABORT_UPLOAD =
            Operation.command(DOMAIN, "abortUpload", AssetRequest.class, AssetView.class);

    /** The owner deletes an asset: soft-deleted, hidden at once, {@code MediaDeleted} announced. */
    public static final Operation<AssetRequest, AssetView> DELETE_MEDIA =
            Operation.command(DOMAIN, "deleteMedia", AssetRequest.class, AssetView.class);

    /** The caller's own assets, newest first. */
    @SuppressWarnings("unchecked")
    public static final Operation<PageRequest, Page<AssetView>> MY_MEDIA = Operation.query(DOMAIN, "myMedia",
            PageRequest.class, (Argument<Page<AssetView>>) (Argument<?>) Argument.of(Page.class, AssetView.class));

    /** Assets by id, in one statement (at most 100): the caller's own; the others are left out. */
    public static final Operation<AssetIdsRequest, AssetList> MEDIA_BY_IDS =
            Operation.query(DOMAIN, "mediaByIds", AssetIdsRequest.class, AssetList.class);

    private MediaApi() {
    }
}
