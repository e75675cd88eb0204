package dev.nova.users.adapter.out.persistence;

import dev.nova.users.api.ProfileView;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** The profile columns every read selects, and their mapping. */
final class ProfileRows {

    static final String COLUMNS = "p.user_id, p.username, p.display_name, p.bio, p.website, p.avatar_media_id, "
            + "p.is_private, p.follower_count, p.following_count, p.created_at";

    /** A profile is hidden from {@code ?} (the viewer) when its owner blocks the viewer. */
    static final String NOT_BLOCKING_VIEWER = "NOT EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = p.user_id "
            + "AND b.blocked_id = ?)";

    private ProfileRows() {
    }

    static ProfileView profile(ResultSet row) throws SQLException {
        return new ProfileView(row.getObject("user_id", UUID.class), row.getString("username"),
                row.getString("display_name"), row.getString("bio"), row.getString("website"),
                row.getObject("avatar_media_id", UUID.class), row.getBoolean("is_private"),
                row.getLong("follower_count"), row.getLong("following_count"),
                row.getTimestamp("created_at").toInstant());
    }
}
