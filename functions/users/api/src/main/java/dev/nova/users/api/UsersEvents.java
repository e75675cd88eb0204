package dev.nova.users.api;

/** The events users publishes through its outbox; aggregate type {@code User}, aggregate id the acting user. */
public final class UsersEvents {

    public static final String AGGREGATE = "User";

    public static final String USER_FOLLOWED = "UserFollowed";
    public static final String USER_UNFOLLOWED = "UserUnfollowed";
    public static final String FOLLOW_REQUESTED = "FollowRequested";
    public static final String USER_BLOCKED = "UserBlocked";
    public static final String USER_UNBLOCKED = "UserUnblocked";
    public static final String PROFILE_UPDATED = "ProfileUpdated";

    private UsersEvents() {
    }
}
