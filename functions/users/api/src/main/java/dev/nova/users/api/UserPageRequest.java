package dev.nova.users.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** A page of one user's list (followers, following). */
@Serdeable
public record UserPageRequest(UUID userId, int first, String after) {
}
