package dev.nova.media.domain;

/** An asset's life: its bytes are awaited, in, being processed, ready to show, or refused with a reason. */
public enum AssetStatus {
    PENDING_UPLOAD,
    UPLOADED,
    PROCESSING,
    READY,
    FAILED
}
