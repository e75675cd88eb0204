package dev.nova.users.api;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * The payload of the relationship events ({@code UserFollowed}, {@code UserUnfollowed}, {@code FollowRequested},
 * {@code UserBlocked}, {@code UserUnblocked}): who acted on whom, and when.
 */
@Serdeable
public record UserPairEvent(UUID actorId, UUID targetId, Instant occurredAt) {
}
