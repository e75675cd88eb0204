package dev.nova.users.adapter.out.persistence;

import dev.nova.persistence.Transactions;
import dev.nova.users.api.RelationshipView;
import dev.nova.users.application.Graph;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Follows, follow requests, blocks and mutes in their tables of the {@code users} schema. */
public final class JdbcGraph implements Graph {

    /** The viewer's relationship to every id of an array, in one statement. */
    private static final String RELATIONSHIPS = """
            SELECT u.id,
                   EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = ? AND f.followee_id = u.id) AS following,
                   EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = u.id AND f.followee_id = ?) AS followed_by,
                   EXISTS (SELECT 1 FROM follow_requests r WHERE r.requester_id = ? AND r.target_id = u.id)
                       AS requested,
                   EXISTS (SELECT 1 FROM follow_requests r WHERE r.requester_id = u.id AND r.target_id = ?)
                       AS requested_by,
                   EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = ? AND b.blocked_id = u.id) AS blocking,
                   EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = u.id AND b.blocked_id = ?) AS blocked_by,
                   m.muter_id IS NOT NULL AS muting,
                   COALESCE(m.notifications, false) AS muting_notifications,
                   m.expires_at
            FROM unnest(?::uuid[]) WITH ORDINALITY AS u(id, position)
            LEFT JOIN mutes m ON m.muter_id = ? AND m.muted_id = u.id AND (m.expires_at IS NULL OR m.expires_at > ?)
            ORDER BY u.position""";

    private final Transactions transactions;

    public JdbcGraph(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean follow(UUID follower, UUID followee, Instant at) {
        return addPair("follows", "follower_id", "followee_id", follower, followee, at);
    }

    @Override
    public boolean unfollow(UUID follower, UUID followee) {
        return removePair("follows", "follower_id", "followee_id", follower, followee);
    }

    @Override
    public boolean request(UUID requester, UUID target, Instant at) {
        return addPair("follow_requests", "requester_id", "target_id", requester, target, at);
    }

    @Override
    public boolean withdrawRequest(UUID requester, UUID target) {
        return removePair("follow_requests", "requester_id", "target_id", requester, target);
    }

    @Override
    public List<UUID> requestersOf(UUID target) {
        return transactions.list("SELECT requester_id FROM follow_requests WHERE target_id = ? ORDER BY created_at",
                row -> row.getObject(1, UUID.class), target);
    }

    @Override
    public boolean block(UUID blocker, UUID blocked, Instant at) {
        return addPair("blocks", "blocker_id", "blocked_id", blocker, blocked, at);
    }

    @Override
    public boolean unblock(UUID blocker, UUID blocked) {
        return removePair("blocks", "blocker_id", "blocked_id", blocker, blocked);
    }

    @Override
    public void mute(UUID muter, UUID muted, boolean notifications, Instant at, Instant expiresAt) {
        transactions.update("""
                INSERT INTO mutes (muter_id, muted_id, notifications, created_at, expires_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (muter_id, muted_id)
                DO UPDATE SET notifications = EXCLUDED.notifications, created_at = EXCLUDED.created_at,
                              expires_at = EXCLUDED.expires_at""", muter, muted, notifications, at, expiresAt);
    }

    @Override
    public boolean unmute(UUID muter, UUID muted) {
        return removePair("mutes", "muter_id", "muted_id", muter, muted);
    }

    @Override
    public List<RelationshipView> relationships(UUID viewer, Collection<UUID> ids, Instant now) {
        return transactions.list(RELATIONSHIPS, JdbcGraph::relationship, viewer, viewer, viewer, viewer, viewer,
                viewer, ids, viewer, now);
    }

    @Override
    public List<Listed> followers(UUID user, UUID viewer, Instant afterAt, UUID afterId, int limit) {
        return page("follows", "followee_id", "follower_id", user, viewer, afterAt, afterId, limit);
    }

    @Override
    public List<Listed> following(UUID user, UUID viewer, Instant afterAt, UUID afterId, int limit) {
        return page("follows", "follower_id", "followee_id", user, viewer, afterAt, afterId, limit);
    }

    @Override
    public List<Listed> requestsTo(UUID target, Instant afterAt, UUID afterId, int limit) {
        return page("follow_requests", "target_id", "requester_id", target, target, afterAt, afterId, limit);
    }

    /**
     * One keyset page of a list table: the rows whose {@code ownerColumn} is {@code owner}, newest first, joined to
     * the profiles of {@code memberColumn}; profiles gone or blocking the viewer are left out. Column names come
     * from this class only.
     */
    private List<Listed> page(String table, String ownerColumn, String memberColumn, UUID owner, UUID viewer,
                              Instant afterAt, UUID afterId, int limit) {
        String sql = "SELECT " + ProfileRows.COLUMNS + ", l.created_at AS listed_at FROM " + table + " l "
                + "JOIN profiles p ON p.user_id = l." + memberColumn + " "
                + "WHERE l." + ownerColumn + " = ? AND p.deleted_at IS NULL AND " + ProfileRows.NOT_BLOCKING_VIEWER
                + " AND (?::timestamptz IS NULL OR (l.created_at, l." + memberColumn + ") < (?::timestamptz, ?::uuid))"
                + " ORDER BY l.created_at DESC, l." + memberColumn + " DESC LIMIT ?";
        return transactions.list(sql, row -> new Listed(ProfileRows.profile(row),
                row.getTimestamp("listed_at").toInstant()), owner, viewer, afterAt, afterAt, afterId, limit);
    }

    /**
     * Adds the row ({@code from}, {@code to}, {@code at}) to a pair table; false when it was there. Table and column
     * names come from this class only.
     */
    private boolean addPair(String table, String fromColumn, String toColumn, UUID from, UUID to, Instant at) {
        return transactions.update("INSERT INTO " + table + " (" + fromColumn + ", " + toColumn + ", created_at) "
                + "VALUES (?, ?, ?) ON CONFLICT DO NOTHING", from, to, at) == 1;
    }

    /** Removes the row ({@code from}, {@code to}) from a pair table; false when there was none. */
    private boolean removePair(String table, String fromColumn, String toColumn, UUID from, UUID to) {
        return transactions.update("DELETE FROM " + table + " WHERE " + fromColumn + " = ? AND " + toColumn + " = ?",
                from, to) == 1;
    }

    @Override
    public void removeUser(UUID userId) {
        transactions.update("""
                WITH gone AS (DELETE FROM follows WHERE follower_id = ? RETURNING followee_id)
                UPDATE profiles p SET follower_count = p.follower_count - 1 FROM gone
                WHERE p.user_id = gone.followee_id""", userId);
        transactions.update("""
                WITH gone AS (DELETE FROM follows WHERE followee_id = ? RETURNING follower_id)
                UPDATE profiles p SET following_count = p.following_count - 1 FROM gone
                WHERE p.user_id = gone.follower_id""", userId);
        transactions.update("DELETE FROM follow_requests WHERE requester_id = ? OR target_id = ?", userId, userId);
        transactions.update("DELETE FROM blocks WHERE blocker_id = ? OR blocked_id = ?", userId, userId);
        transactions.update("DELETE FROM mutes WHERE muter_id = ? OR muted_id = ?", userId, userId);
    }

    private static RelationshipView relationship(ResultSet row) throws SQLException {
        Timestamp until = row.getTimestamp("expires_at");
        return new RelationshipView(row.getObject("id", UUID.class), row.getBoolean("following"),
                row.getBoolean("followed_by"), row.getBoolean("requested"), row.getBoolean("requested_by"),
                row.getBoolean("blocking"), row.getBoolean("blocked_by"), row.getBoolean("muting"),
                row.getBoolean("muting_notifications"), until == null ? null : until.toInstant());
    }
}
