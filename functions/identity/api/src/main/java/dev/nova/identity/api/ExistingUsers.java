package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** Of the ids asked about, those of accounts that exist and are not deleted. */
@Serdeable
public record ExistingUsers(List<UUID> ids) {

    public ExistingUsers {
        ids = ids == null ? List.of() : List.copyOf(ids);
    }
}
