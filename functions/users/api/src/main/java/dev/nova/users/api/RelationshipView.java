package dev.nova.users.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * The caller's relationship to one user, as Bluesky and Mastodon show it.
 *
 * @param requested    the caller asked to follow {@code userId} and waits for approval
 * @param requestedBy  {@code userId} asked to follow the caller
 * @param mutedUntil   when the mute ends, or null for one without end (or no mute)
 */
@Serdeable
public record RelationshipView(UUID userId, boolean following, boolean followedBy, boolean requested,
                               boolean requestedBy, boolean blocking, boolean blockedBy, boolean muting,
                               boolean mutingNotifications, @Nullable Instant mutedUntil) {

    public static RelationshipView none(UUID userId) {
        return new RelationshipView(userId, false, false, false, false, false, false, false, false, null);
    }
}
