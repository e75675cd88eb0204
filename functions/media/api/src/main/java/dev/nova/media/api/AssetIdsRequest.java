package dev.nova.media.api;

import dev.nova.kernel.DomainException;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** Assets by id, for one batch: at most {@value #MAX_IDS}. */
@Serdeable
public record AssetIdsRequest(List<UUID> ids) {

    public static final int MAX_IDS = 100;

    public AssetIdsRequest {
        if (ids == null || ids.size() > MAX_IDS) {
            throw DomainException.badInput("ids", "must be a list of at most " + MAX_IDS);
        }
        ids = List.copyOf(ids);
    }
}
