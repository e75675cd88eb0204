package dev.nova.users.adapter.out.persistence;

import dev.nova.users.api.ProfileView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.util.UUID;

/** The columns of {@code users.profiles} that every profile read answers. */
@MappedEntity("profiles")
public record ProfileRow(@Id UUID userId, String username, @Nullable String displayName, @Nullable String bio,
                  @Nullable String website, @Nullable UUID avatarMediaId,
                  @MappedProperty("is_private") boolean privateAccount, long followerCount, long followingCount,
                  Instant createdAt) {

    /** The columns a query selects for this row, from {@code profiles p}. */
    static final String COLUMNS = "p.user_id, p.username, p.display_name, p.bio, p.website, p.avatar_media_id, "
            + "p.is_private, p.follower_count, p.following_count, p.created_at";

    /** A profile is hidden from {@code :viewer} when its owner blocks the viewer. */
    static final String NOT_BLOCKING_VIEWER = "NOT EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = p.user_id "
            + "AND b.blocked_id = :viewer)";

    ProfileView view() {
        return new ProfileView(userId, username, displayName, bio, website, avatarMediaId, privateAccount,
                followerCount, followingCount, createdAt);
    }
}
