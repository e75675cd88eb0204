package dev.nova.media.api;

import java.util.Set;

/** The events media publishes through its outbox; aggregate type {@code MediaAsset}, aggregate id the asset. */
public final class MediaEvents {

    public static final String AGGREGATE = "MediaAsset";

    /** Its bytes are in, checked for size: processing can start. */
    public static final String MEDIA_UPLOADED = "MediaUploaded";
    /** Processed and ready to show, with its variants. */
    public static final String MEDIA_READY = "MediaReady";
    /** Refused by the pipeline, with the reason. */
    public static final String MEDIA_FAILED = "MediaFailed";
    /** Soft-deleted by its owner (or for them): consumers drop what refers to it. */
    public static final String MEDIA_DELETED = "MediaDeleted";

    /** Every type above: what the CDK app lets this domain's relay send. */
    public static final Set<String> ALL = Set.of(MEDIA_UPLOADED, MEDIA_READY, MEDIA_FAILED, MEDIA_DELETED);

    private MediaEvents() {
    }
}
