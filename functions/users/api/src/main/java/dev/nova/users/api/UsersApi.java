package dev.nova.users.api;

import dev.nova.invocation.NoInput;
import dev.nova.invocation.Operation;
import dev.nova.kernel.Page;
import dev.nova.kernel.PageRequest;
import io.micronaut.core.type.Argument;

/**
 * The operations the users domain serves: profiles, settings, the follow graph, blocks, mutes and reports. Reads a
 * list may need come in batches of up to 100 ids, answered with one SQL statement each.
 */
public final class UsersApi {

    public static final String DOMAIN = "users";

    /** A profile by username, as the caller may see it; NOT_FOUND for a deleted account or one blocking the caller. */
    public static final Operation<UsernameRequest, ProfileView> PROFILE =
            Operation.query(DOMAIN, "profile", UsernameRequest.class, ProfileView.class);

    /** Profiles by id (at most 100), in one statement; ids the caller may not see are left out. */
    public static final Operation<UserIdsRequest, ProfileList> PROFILES_BY_IDS =
            Operation.query(DOMAIN, "profilesByIds", UserIdsRequest.class, ProfileList.class);

    /** The caller's relationship to each of up to 100 users, in one statement. */
    public static final Operation<UserIdsRequest, RelationshipList> RELATIONSHIPS =
            Operation.query(DOMAIN, "relationships", UserIdsRequest.class, RelationshipList.class);

    /** The caller's settings. */
    public static final Operation<NoInput, SettingsView> SETTINGS =
            Operation.query(DOMAIN, "settings", NoInput.class, SettingsView.class);

    public static final Operation<ProfileUpdate, ProfileView> UPDATE_PROFILE =
            Operation.command(DOMAIN, "updateProfile", ProfileUpdate.class, ProfileView.class);

    public static final Operation<SettingsUpdate, SettingsView> UPDATE_SETTINGS =
            Operation.command(DOMAIN, "updateSettings", SettingsUpdate.class, SettingsView.class);

    /** Follows a user, or asks to when the account is private. Idempotent. */
    public static final Operation<TargetRequest, RelationshipView> FOLLOW =
            Operation.command(DOMAIN, "follow", TargetRequest.class, RelationshipView.class);

    /** Stops following (and withdraws a pending request). Idempotent. */
    public static final Operation<TargetRequest, RelationshipView> UNFOLLOW =
            Operation.command(DOMAIN, "unfollow", TargetRequest.class, RelationshipView.class);

    /** The caller approves the follow request of {@code userId}. */
    public static final Operation<TargetRequest, RelationshipView> APPROVE_FOLLOW_REQUEST =
            Operation.command(DOMAIN, "approveFollowRequest", TargetRequest.class, RelationshipView.class);

    /** The caller rejects the follow request of {@code userId}. */
    public static final Operation<TargetRequest, RelationshipView> REJECT_FOLLOW_REQUEST =
            Operation.command(DOMAIN, "rejectFollowRequest", TargetRequest.class, RelationshipView.class);

    /** The caller withdraws its own request to follow {@code userId}. */
    public static final Operation<TargetRequest, RelationshipView> CANCEL_FOLLOW_REQUEST =
            Operation.command(DOMAIN, "cancelFollowRequest", TargetRequest.class, RelationshipView.class);

    /** Requests to follow the caller, newest first. */
    @SuppressWarnings("unchecked")
    public static final Operation<PageRequest, Page<ProfileView>> FOLLOW_REQUESTS = Operation.query(DOMAIN,
            "followRequests", PageRequest.class, (Argument<Page<ProfileView>>) (Argument<?>) Argument.of(Page.class,
                    ProfileView.class));

    /** A user's followers, newest first; a private account's only for itself and its followers. */
    @SuppressWarnings("unchecked")
    public static final Operation<UserPageRequest, Page<ProfileView>> FOLLOWERS = Operation.query(DOMAIN,
            "followers", UserPageRequest.class, (Argument<Page<ProfileView>>) (Argument<?>) Argument.of(Page.class,
                    ProfileView.class));

    /** The users a user follows, newest first; a private account's only for itself and its followers. */
    @SuppressWarnings("unchecked")
    public static final Operation<UserPageRequest, Page<ProfileView>> FOLLOWING = Operation.query(DOMAIN,
            "following", UserPageRequest.class, (Argument<Page<ProfileView>>) (Argument<?>) Argument.of(Page.class,
                    ProfileView.class));

    /** The first page of followers of each of up to 100 users: one call and one statement for a nested list. */
    public static final Operation<UserPagesRequest, ListPages> FOLLOWER_PAGES =
            Operation.query(DOMAIN, "followerPages", UserPagesRequest.class, ListPages.class);

    /** The first page of followings of each of up to 100 users. */
    public static final Operation<UserPagesRequest, ListPages> FOLLOWING_PAGES =
            Operation.query(DOMAIN, "followingPages", UserPagesRequest.class, ListPages.class);

    /** Blocks a user: follows both ways and pending requests end. Idempotent. */
    public static final Operation<TargetRequest, RelationshipView> BLOCK =
            Operation.command(DOMAIN, "block", TargetRequest.class, RelationshipView.class);

    public static final Operation<TargetRequest, RelationshipView> UNBLOCK =
            Operation.command(DOMAIN, "unblock", TargetRequest.class, RelationshipView.class);

    /** Mutes a user, for a while or until unmuted, their notifications too when asked. */
    public static final Operation<MuteRequest, RelationshipView> MUTE =
            Operation.command(DOMAIN, "mute", MuteRequest.class, RelationshipView.class);

    public static final Operation<TargetRequest, RelationshipView> UNMUTE =
            Operation.command(DOMAIN, "unmute", TargetRequest.class, RelationshipView.class);

    /** Reports a user (or, later, content by reference) to the moderators. */
    public static final Operation<ReportRequest, ReportView> REPORT =
            Operation.command(DOMAIN, "report", ReportRequest.class, ReportView.class);

    /** Open reports, oldest first (moderators only). */
    @SuppressWarnings("unchecked")
    public static final Operation<PageRequest, Page<ReportView>> MODERATION_QUEUE = Operation.query(DOMAIN,
            "moderationQueue", PageRequest.class, (Argument<Page<ReportView>>) (Argument<?>) Argument.of(Page.class,
                    ReportView.class));

    /** Resolves a report, recording who and what action (moderators only). */
    public static final Operation<ResolveReportRequest, ReportView> RESOLVE_REPORT =
            Operation.command(DOMAIN, "resolveReport", ResolveReportRequest.class, ReportView.class);

    private UsersApi() {
    }
}
