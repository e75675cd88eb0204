package dev.nova.users.adapter.out.persistence;

import dev.nova.kernel.DomainException;
import dev.nova.persistence.Transactions;
import dev.nova.users.api.NotificationSettings;
import dev.nova.users.api.ProfileView;
import dev.nova.users.api.SettingsView;
import dev.nova.users.application.Profiles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Profiles and settings in {@code users.profiles}. */
public final class JdbcProfiles implements Profiles {

    private static final Set<String> CLEARABLE = Set.of("display_name", "bio", "website");

    private final Transactions transactions;

    public JdbcProfiles(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean create(UUID userId, String username, Instant at) {
        return transactions.update("""
                INSERT INTO profiles (user_id, username, username_normalized, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id) DO NOTHING""",
                userId, username, username.toLowerCase(Locale.ROOT), at, at) == 1;
    }

    @Override
    public void rename(UUID userId, String username, Instant at) {
        transactions.update("UPDATE profiles SET username = ?, username_normalized = ?, updated_at = ? "
                + "WHERE user_id = ? AND deleted_at IS NULL", username, username.toLowerCase(Locale.ROOT), at, userId);
    }

    @Override
    public void markDeleted(UUID userId, Instant at) {
        transactions.update("UPDATE profiles SET deleted_at = ?, display_name = NULL, bio = NULL, website = NULL, "
                + "avatar_media_id = NULL, follower_count = 0, following_count = 0 WHERE user_id = ? "
                + "AND deleted_at IS NULL", at, userId);
    }

    @Override
    public Optional<ProfileView> byUsername(String normalizedUsername, UUID viewer) {
        return transactions.one("SELECT " + ProfileRows.COLUMNS + " FROM profiles p WHERE p.username_normalized = ? "
                + "AND p.deleted_at IS NULL AND " + ProfileRows.NOT_BLOCKING_VIEWER, ProfileRows::profile,
                normalizedUsername, viewer);
    }

    @Override
    public List<ProfileView> byIds(Collection<UUID> ids, UUID viewer) {
        return transactions.list("SELECT " + ProfileRows.COLUMNS + " FROM profiles p WHERE p.user_id = ANY (?) "
                + "AND p.deleted_at IS NULL AND " + ProfileRows.NOT_BLOCKING_VIEWER, ProfileRows::profile, ids, viewer);
    }

    @Override
    public Optional<Visibility> visibility(UUID target, UUID viewer) {
        return transactions.one("SELECT " + ProfileRows.COLUMNS + ", "
                        + "EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = p.user_id AND b.blocked_id = ?) "
                        + "AS blocks, EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = ? "
                        + "AND f.followee_id = p.user_id) AS follows FROM profiles p "
                        + "WHERE p.user_id = ? AND p.deleted_at IS NULL",
                row -> new Visibility(ProfileRows.profile(row), row.getBoolean("blocks"), row.getBoolean("follows")),
                viewer, viewer, target);
    }

    @Override
    public ProfileView update(UUID userId, String displayName, String bio, String website, Collection<String> clear,
                              Instant at) {
        if (!CLEARABLE.containsAll(clear)) {
            throw new IllegalArgumentException("not clearable: " + clear);
        }
        List<Object> parameters = new ArrayList<>(List.of(at));
        StringBuilder sql = new StringBuilder("UPDATE profiles p SET updated_at = ?");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("display_name", displayName);
        values.put("bio", bio);
        values.put("website", website);
        values.forEach((column, value) -> {
            if (clear.contains(column)) {
                sql.append(", ").append(column).append(" = NULL");
            } else if (value != null) {
                sql.append(", ").append(column).append(" = ?");
                parameters.add(value);
            }
        });
        sql.append(" WHERE p.user_id = ? AND p.deleted_at IS NULL RETURNING ").append(ProfileRows.COLUMNS);
        parameters.add(userId);
        return transactions.one(sql.toString(), ProfileRows::profile, parameters.toArray())
                .orElseThrow(() -> DomainException.notFound("profile"));
    }

    @Override
    public Optional<SettingsView> settings(UUID userId) {
        return transactions.one("""
                SELECT is_private, who_can_message, who_can_mention, who_can_tag, notify_likes, notify_comments,
                       notify_follows, notify_mentions, notify_messages
                FROM profiles WHERE user_id = ? AND deleted_at IS NULL""",
                row -> new SettingsView(row.getBoolean("is_private"), row.getString("who_can_message"),
                        row.getString("who_can_mention"), row.getString("who_can_tag"),
                        new NotificationSettings(row.getBoolean("notify_likes"), row.getBoolean("notify_comments"),
                                row.getBoolean("notify_follows"), row.getBoolean("notify_mentions"),
                                row.getBoolean("notify_messages"))), userId);
    }

    @Override
    public void saveSettings(UUID userId, SettingsView settings, Instant at) {
        NotificationSettings notify = settings.notifications();
        transactions.update("""
                UPDATE profiles SET is_private = ?, who_can_message = ?, who_can_mention = ?, who_can_tag = ?,
                       notify_likes = ?, notify_comments = ?, notify_follows = ?, notify_mentions = ?,
                       notify_messages = ?, updated_at = ?
                WHERE user_id = ? AND deleted_at IS NULL""", settings.isPrivate(), settings.whoCanMessage(),
                settings.whoCanMention(), settings.whoCanTag(), notify.likes(), notify.comments(), notify.follows(),
                notify.mentions(), notify.messages(), at, userId);
    }

    @Override
    public void countFollow(UUID follower, UUID followee, int delta) {
        // One statement for both rows, locked in key order: concurrent follows between two users cannot deadlock.
        transactions.update("""
                UPDATE profiles
                SET follower_count = follower_count + CASE WHEN user_id = ? THEN ? ELSE 0 END,
                    following_count = following_count + CASE WHEN user_id = ? THEN ? ELSE 0 END
                WHERE user_id IN (?, ?)""", followee, delta, follower, delta, followee, follower);
    }
}
