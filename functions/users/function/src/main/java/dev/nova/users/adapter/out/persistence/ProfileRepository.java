package dev.nova.users.adapter.out.persistence;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code users.profiles}: the statements of {@link JdbcProfiles}, with their SQL by hand. */
@JdbcRepository(dialect = Dialect.POSTGRES)
@Requires(env = "users")
public interface ProfileRepository extends GenericRepository<ProfileRow, UUID> {

    @Query("""
            INSERT INTO profiles (user_id, username, username_normalized, created_at, updated_at)
            VALUES (:userId, :username, :normalized, :at, :at) ON CONFLICT (user_id) DO NOTHING""")
    long insert(UUID userId, String username, String normalized, Instant at);

    @Query("""
            UPDATE profiles SET username = :username, username_normalized = :normalized, updated_at = :at
            WHERE user_id = :userId AND deleted_at IS NULL""")
    long rename(UUID userId, String username, String normalized, Instant at);

    @Query("""
            UPDATE profiles SET deleted_at = :at, display_name = NULL, bio = NULL, website = NULL,
                   avatar_media_id = NULL, follower_count = 0, following_count = 0
            WHERE user_id = :userId AND deleted_at IS NULL""")
    long markDeleted(UUID userId, Instant at);

    @Query("SELECT " + ProfileRow.COLUMNS + " FROM profiles p WHERE p.username_normalized = :normalized "
            + "AND p.deleted_at IS NULL AND " + ProfileRow.NOT_BLOCKING_VIEWER)
    Optional<ProfileRow> findByUsername(String normalized, @Nullable UUID viewer);

    @Query("SELECT " + ProfileRow.COLUMNS + " FROM profiles p WHERE p.user_id IN (:ids) "
            + "AND p.deleted_at IS NULL AND " + ProfileRow.NOT_BLOCKING_VIEWER)
    List<ProfileRow> findByIds(Collection<UUID> ids, @Nullable UUID viewer);

    @Query("SELECT " + ProfileRow.COLUMNS + ", "
            + "EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = p.user_id AND b.blocked_id = :viewer) "
            + "AS blocks_viewer, EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = :viewer "
            + "AND f.followee_id = p.user_id) AS viewer_follows FROM profiles p "
            + "WHERE p.user_id = :target AND p.deleted_at IS NULL")
    Optional<VisibilityRow> findVisibility(UUID target, @Nullable UUID viewer);

    /** {@link #findVisibility} for many accounts in one statement: a nested list's owners. */
    @Query("SELECT " + ProfileRow.COLUMNS + ", "
            + "EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = p.user_id AND b.blocked_id = :viewer) "
            + "AS blocks_viewer, EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = :viewer "
            + "AND f.followee_id = p.user_id) AS viewer_follows FROM profiles p "
            + "WHERE p.user_id IN (:targets) AND p.deleted_at IS NULL")
    List<VisibilityRow> findVisibilities(Collection<UUID> targets, @Nullable UUID viewer);

    /** Sets the fields given (a null one is left as it is) and empties the ones flagged, in one statement. */
    @Query("UPDATE profiles p SET updated_at = :at, "
            + "display_name = CASE WHEN :clearDisplayName THEN NULL ELSE COALESCE(:displayName, display_name) END, "
            + "bio = CASE WHEN :clearBio THEN NULL ELSE COALESCE(:bio, bio) END, "
            + "website = CASE WHEN :clearWebsite THEN NULL ELSE COALESCE(:website, website) END "
            + "WHERE p.user_id = :userId AND p.deleted_at IS NULL")
    long update(UUID userId, @Nullable String displayName, boolean clearDisplayName,
                                @Nullable String bio, boolean clearBio, @Nullable String website,
                                boolean clearWebsite, Instant at);

    @Query("SELECT " + ProfileRow.COLUMNS + " FROM profiles p WHERE p.user_id = :userId AND p.deleted_at IS NULL")
    Optional<ProfileRow> findLive(UUID userId);

    @Query("""
            SELECT is_private, who_can_message, who_can_mention, who_can_tag, notify_likes, notify_comments,
                   notify_follows, notify_mentions, notify_messages
            FROM profiles WHERE user_id = :userId AND deleted_at IS NULL""")
    Optional<SettingsRow> findSettings(UUID userId);

    @Query("""
            UPDATE profiles SET is_private = :privateAccount, who_can_message = :whoCanMessage,
                   who_can_mention = :whoCanMention, who_can_tag = :whoCanTag, notify_likes = :likes,
                   notify_comments = :comments, notify_follows = :follows, notify_mentions = :mentions,
                   notify_messages = :messages, updated_at = :at
            WHERE user_id = :userId AND deleted_at IS NULL""")
    long saveSettings(UUID userId, boolean privateAccount, String whoCanMessage, String whoCanMention,
                      String whoCanTag, boolean likes, boolean comments, boolean follows, boolean mentions,
                      boolean messages, Instant at);

    /** Both rows in one statement, locked in key order: concurrent follows between two users cannot deadlock. */
    @Query("""
            UPDATE profiles
            SET follower_count = follower_count + CASE WHEN user_id = :followee THEN :delta ELSE 0 END,
                following_count = following_count + CASE WHEN user_id = :follower THEN :delta ELSE 0 END
            WHERE user_id IN (:followee, :follower)""")
    long countFollow(UUID follower, UUID followee, int delta);

    /** A profile with what it means for one viewer. */
    @Introspected
    record VisibilityRow(UUID userId, String username, @Nullable String displayName, @Nullable String bio,
                         @Nullable String website, @Nullable UUID avatarMediaId,
                         @MappedProperty("is_private") boolean privateAccount, long followerCount,
                         long followingCount, Instant createdAt, boolean blocksViewer, boolean viewerFollows) {

        ProfileRow profile() {
            return new ProfileRow(userId, username, displayName, bio, website, avatarMediaId, privateAccount,
                    followerCount, followingCount, createdAt);
        }
    }

    /** The settings columns of a profile. */
    @Introspected
    record SettingsRow(@MappedProperty("is_private") boolean privateAccount, String whoCanMessage,
                       String whoCanMention, String whoCanTag, boolean notifyLikes, boolean notifyComments,
                       boolean notifyFollows, boolean notifyMentions, boolean notifyMessages) {
    }
}
