package dev.nova.users.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** Up to 100 user ids. */
@Serdeable
public record UserIdsRequest(List<UUID> ids) {

    public static final int MAX_IDS = 100;

    public UserIdsRequest {
        ids = ids == null ? List.of() : List.copyOf(ids);
    }
}
