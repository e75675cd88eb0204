package dev.nova.media.api;

import io.micronaut.serde.annotation.Serdeable;

/**
 * How a large upload goes in parts: every part is {@code partSize} bytes but the last, which is the rest; ask for
 * the parts' presigned requests with {@code uploadPartUrls}, as many at a time as you send.
 */
@Serdeable
public record MultipartPlan(long partSize, int partCount) {
}
