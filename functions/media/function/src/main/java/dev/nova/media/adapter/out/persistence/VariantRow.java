package dev.nova.media.adapter.out.persistence;

import dev.nova.media.api.VariantView;
import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** A row of {@code media.variants}, as reads answer it. */
@Introspected
public record VariantRow(UUID assetId, String name, String contentType, int width, int height, long byteSize) {

    VariantView view() {
        return new VariantView(name, contentType, width, height, byteSize);
    }
}
