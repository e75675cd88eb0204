package dev.nova.users.api;

import java.util.Set;

/** The events users publishes through its outbox; aggregate type {@code User}, aggregate id the acting user. */
public final class UsersEvents {

    public static final String AGGREGATE = "User";

    public static final String USER_FOLLOWED = "UserFollowed";
    public static final String USER_UNFOLLOWED = "UserUnfollowed";
    public static final String FOLLOW_REQUESTED = "FollowRequested";
    public static final String USER_BLOCKED = "UserBlocked";
    public static final String USER_UNBLOCKED = "UserUnblocked";
    public static final String PROFILE_UPDATED = "ProfileUpdated";

    /** Every type above: what the CDK app lets this domain's relay send. */
    public static final Set<String> ALL = Set.of(USER_FOLLOWED, USER_UNFOLLOWED, FOLLOW_REQUESTED, USER_BLOCKED,
            USER_UNBLOCKED, PROFILE_UPDATED);

    private UsersEvents() {
    }
}
