package dev.nova.media.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The assets a batch found, in no particular order. */
@Serdeable
public record AssetList(List<AssetView> assets) {

    public AssetList {
        // An empty list does not cross the wire: it arrives as none.
        assets = assets == null ? List.of() : List.copyOf(assets);
    }
}
