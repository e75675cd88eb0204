package dev.nova.users.adapter.out.persistence;

import dev.nova.users.api.RelationshipView;
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
import java.util.UUID;

/**
 * Follows, follow requests, blocks and mutes: the pair tables of the {@code users} schema, keyed by both ids, with
 * their SQL by hand ({@code ON CONFLICT}, keyset pages, the viewer's relationships to a list in one statement).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
@Requires(env = "users")
public interface GraphRepository extends GenericRepository<ProfileRow, UUID> {

    /** Keyset condition and order of a list page: newest first, after {@code (:afterAt, :afterId)} when given. */
    String AFTER = " AND (CAST(:afterAt AS timestamptz) IS NULL "
            + "OR (l.created_at, p.user_id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))) "
            + "AND p.deleted_at IS NULL AND " + ProfileRow.NOT_BLOCKING_VIEWER
            + " ORDER BY l.created_at DESC, p.user_id DESC LIMIT :limit";

    String LISTED = "SELECT " + ProfileRow.COLUMNS + ", l.created_at AS listed_at, ";

    @Query("INSERT INTO follows (follower_id, followee_id, created_at) VALUES (:from, :to, :at) "
            + "ON CONFLICT DO NOTHING")
    long insertFollow(UUID from, UUID to, Instant at);

    @Query("DELETE FROM follows WHERE follower_id = :from AND followee_id = :to")
    long deleteFollow(UUID from, UUID to);

    @Query("INSERT INTO follow_requests (requester_id, target_id, created_at) VALUES (:from, :to, :at) "
            + "ON CONFLICT DO NOTHING")
    long insertRequest(UUID from, UUID to, Instant at);

    @Query("DELETE FROM follow_requests WHERE requester_id = :from AND target_id = :to")
    long deleteRequest(UUID from, UUID to);

    @Query("SELECT requester_id FROM follow_requests WHERE target_id = :target ORDER BY created_at")
    List<UUID> findRequesters(UUID target);

    @Query("INSERT INTO blocks (blocker_id, blocked_id, created_at) VALUES (:from, :to, :at) ON CONFLICT DO NOTHING")
    long insertBlock(UUID from, UUID to, Instant at);

    @Query("DELETE FROM blocks WHERE blocker_id = :from AND blocked_id = :to")
    long deleteBlock(UUID from, UUID to);

    @Query("""
            INSERT INTO mutes (muter_id, muted_id, notifications, created_at, expires_at)
            VALUES (:muter, :muted, :notifications, :at, :expiresAt)
            ON CONFLICT (muter_id, muted_id)
            DO UPDATE SET notifications = EXCLUDED.notifications, created_at = EXCLUDED.created_at,
                          expires_at = EXCLUDED.expires_at""")
    long upsertMute(UUID muter, UUID muted, boolean notifications, Instant at, @Nullable Instant expiresAt);

    @Query("DELETE FROM mutes WHERE muter_id = :from AND muted_id = :to")
    long deleteMute(UUID from, UUID to);

    /** The viewer's relationship to every id of the list, in the list's order, in one statement. */
    @Query("""
            SELECT u.id AS user_id,
                   EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = :viewer AND f.followee_id = u.id)
                       AS following,
                   EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = u.id AND f.followee_id = :viewer)
                       AS followed_by,
                   EXISTS (SELECT 1 FROM follow_requests r WHERE r.requester_id = :viewer AND r.target_id = u.id)
                       AS requested,
                   EXISTS (SELECT 1 FROM follow_requests r WHERE r.requester_id = u.id AND r.target_id = :viewer)
                       AS requested_by,
                   EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = :viewer AND b.blocked_id = u.id) AS blocking,
                   EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = u.id AND b.blocked_id = :viewer)
                       AS blocked_by,
                   m.muter_id IS NOT NULL AS muting,
                   COALESCE(m.notifications, false) AS muting_notifications,
                   m.expires_at AS muted_until
            FROM unnest(ARRAY[:ids]::uuid[]) WITH ORDINALITY AS u(id, position)
            LEFT JOIN mutes m ON m.muter_id = :viewer AND m.muted_id = u.id
                 AND (m.expires_at IS NULL OR m.expires_at > :now)
            ORDER BY u.position""")
    List<RelationshipView> findRelationships(@Nullable UUID viewer, Collection<UUID> ids, Instant now);

    @Query(LISTED + "l.followee_id AS owner_id FROM follows l JOIN profiles p ON p.user_id = l.follower_id "
            + "WHERE l.followee_id = :owner" + AFTER)
    List<ListedRow> findFollowers(UUID owner, @Nullable UUID viewer, @Nullable Instant afterAt, @Nullable UUID afterId,
                                  int limit);

    @Query(LISTED + "l.follower_id AS owner_id FROM follows l JOIN profiles p ON p.user_id = l.followee_id "
            + "WHERE l.follower_id = :owner" + AFTER)
    List<ListedRow> findFollowing(UUID owner, @Nullable UUID viewer, @Nullable Instant afterAt, @Nullable UUID afterId,
                                  int limit);

    @Query(LISTED + "l.target_id AS owner_id FROM follow_requests l JOIN profiles p ON p.user_id = l.requester_id "
            + "WHERE l.target_id = :owner" + AFTER)
    List<ListedRow> findRequests(UUID owner, @Nullable UUID viewer, @Nullable Instant afterAt, @Nullable UUID afterId,
                                 int limit);

    /** The first page of each owner's followers, newest first, in one statement (a LATERAL page per owner). */
    @Query("SELECT x.* FROM unnest(ARRAY[:owners]::uuid[]) AS o(id) CROSS JOIN LATERAL ("
            + LISTED + "l.followee_id AS owner_id FROM follows l JOIN profiles p ON p.user_id = l.follower_id "
            + "WHERE l.followee_id = o.id AND p.deleted_at IS NULL AND " + ProfileRow.NOT_BLOCKING_VIEWER
            + " ORDER BY l.created_at DESC, p.user_id DESC LIMIT :limit) x")
    List<ListedRow> findFirstFollowers(Collection<UUID> owners, @Nullable UUID viewer, int limit);

    /** The first page of each owner's followings, in one statement. */
    @Query("SELECT x.* FROM unnest(ARRAY[:owners]::uuid[]) AS o(id) CROSS JOIN LATERAL ("
            + LISTED + "l.follower_id AS owner_id FROM follows l JOIN profiles p ON p.user_id = l.followee_id "
            + "WHERE l.follower_id = o.id AND p.deleted_at IS NULL AND " + ProfileRow.NOT_BLOCKING_VIEWER
            + " ORDER BY l.created_at DESC, p.user_id DESC LIMIT :limit) x")
    List<ListedRow> findFirstFollowing(Collection<UUID> owners, @Nullable UUID viewer, int limit);

    /** Follows from the user, and the counts of the ones they followed; the profiles whose counts went down. */
    @Query("""
            WITH gone AS (DELETE FROM follows WHERE follower_id = :userId RETURNING followee_id)
            UPDATE profiles p SET follower_count = p.follower_count - 1 FROM gone
            WHERE p.user_id = gone.followee_id RETURNING p.*""")
    List<ProfileRow> deleteFollowsFrom(UUID userId);

    /** Follows of the user, and the counts of their followers; the profiles whose counts went down. */
    @Query("""
            WITH gone AS (DELETE FROM follows WHERE followee_id = :userId RETURNING follower_id)
            UPDATE profiles p SET following_count = p.following_count - 1 FROM gone
            WHERE p.user_id = gone.follower_id RETURNING p.*""")
    List<ProfileRow> deleteFollowsOf(UUID userId);

    @Query("DELETE FROM follow_requests WHERE requester_id = :userId OR target_id = :userId")
    long deleteRequestsOf(UUID userId);

    @Query("DELETE FROM blocks WHERE blocker_id = :userId OR blocked_id = :userId")
    long deleteBlocksOf(UUID userId);

    @Query("DELETE FROM mutes WHERE muter_id = :userId OR muted_id = :userId")
    long deleteMutesOf(UUID userId);

    /** A profile in a list, with when it entered the list. */
    @Introspected
    record ListedRow(UUID userId, String username, @Nullable String displayName, @Nullable String bio,
                     @Nullable String website, @Nullable UUID avatarMediaId,
                     @MappedProperty("is_private") boolean privateAccount, long followerCount,
                     long followingCount, Instant createdAt, Instant listedAt, UUID ownerId) {

        ProfileRow profile() {
            return new ProfileRow(userId, username, displayName, bio, website, avatarMediaId, privateAccount,
                    followerCount, followingCount, createdAt);
        }
    }
}
