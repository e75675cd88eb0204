package dev.nova.users.api;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A profile as others see it.
 *
 * @param avatarMediaId the avatar's media id, once media exists; null without one
 */
@Serdeable
public record ProfileView(UUID id, String username, String displayName, String bio, String website,
                          UUID avatarMediaId, boolean isPrivate, long followerCount, long followingCount,
                          Instant createdAt) {
}
