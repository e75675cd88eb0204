package dev.nova.users.adapter.in.lambda;

import dev.nova.events.OutboxOperations;
import dev.nova.invocation.DomainOperations;
import dev.nova.kernel.RateLimit;
import dev.nova.users.api.UsersApi;
import dev.nova.users.application.Blocking;
import dev.nova.users.application.FollowGraph;
import dev.nova.users.application.Moderation;
import dev.nova.users.application.ProfileEditing;
import dev.nova.users.application.ProfileQueries;

import java.time.Duration;

/** Binds each users operation to the use case that serves it. */
public final class UsersOperations {

    private UsersOperations() {
    }

    public static final RateLimit FOLLOWS = RateLimit.perUser("users.follows", 200, Duration.ofHours(1));
    public static final RateLimit REPORTS = RateLimit.perUser("users.reports", 20, Duration.ofHours(1));
    public static final RateLimit PROFILE_EDITS = RateLimit.perUser("users.profile-edits", 30, Duration.ofHours(1));

    /** The write limits of users' operations; the dispatcher enforces them. */
    private static DomainOperations limited(DomainOperations operations) {
        return operations
                .limit(UsersApi.FOLLOW, FOLLOWS)
                .limit(UsersApi.REPORT, REPORTS)
                .limit(UsersApi.UPDATE_PROFILE, PROFILE_EDITS);
    }

    public static DomainOperations bind(ProfileQueries queries, ProfileEditing editing, FollowGraph follows,
                                        Blocking blocking, Moderation moderation, OutboxOperations outbox) {
        return limited(outbox.addTo(new DomainOperations(UsersApi.DOMAIN)
                .on(UsersApi.PROFILE, queries::byUsername)
                .on(UsersApi.PROFILES_BY_IDS, queries::byIds)
                .on(UsersApi.RELATIONSHIPS, queries::relationships)
                .on(UsersApi.SETTINGS, (caller, none) -> queries.settings(caller))
                .on(UsersApi.UPDATE_PROFILE, editing::updateProfile)
                .on(UsersApi.UPDATE_SETTINGS, editing::updateSettings)
                .on(UsersApi.FOLLOW, follows::follow)
                .on(UsersApi.UNFOLLOW, follows::unfollow)
                .on(UsersApi.APPROVE_FOLLOW_REQUEST, follows::approve)
                .on(UsersApi.REJECT_FOLLOW_REQUEST, follows::reject)
                .on(UsersApi.CANCEL_FOLLOW_REQUEST, follows::cancel)
                .on(UsersApi.FOLLOW_REQUESTS, follows::requests)
                .on(UsersApi.FOLLOWERS, follows::followers)
                .on(UsersApi.FOLLOWING, follows::following)
                .on(UsersApi.FOLLOWER_PAGES, follows::followerPages)
                .on(UsersApi.FOLLOWING_PAGES, follows::followingPages)
                .on(UsersApi.BLOCK, blocking::block)
                .on(UsersApi.UNBLOCK, blocking::unblock)
                .on(UsersApi.MUTE, blocking::mute)
                .on(UsersApi.UNMUTE, blocking::unmute)
                .on(UsersApi.REPORT, moderation::report)
                .on(UsersApi.MODERATION_QUEUE, moderation::queue)
                .on(UsersApi.RESOLVE_REPORT, moderation::resolve)));
    }
}
