package dev.nova.media.api;

import io.micronaut.serde.annotation.Serdeable;

/** A served form of an asset: an image variant ({@code w1080}, {@code w640}, {@code w320}). */
@Serdeable
public record VariantView(String name, String contentType, int width, int height, long byteSize) {
}
