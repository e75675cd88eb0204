package dev.nova.users;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.nova.identity.api.IdentityEvents;
import dev.nova.identity.api.UserRegistered;
import dev.nova.identity.api.UsernameChanged;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.kernel.Ids;
import dev.nova.users.api.ListPages;
import dev.nova.users.api.MuteRequest;
import dev.nova.users.api.ProfileList;
import dev.nova.users.api.ProfileUpdate;
import dev.nova.users.api.ProfileView;
import dev.nova.users.api.RelationshipList;
import dev.nova.users.api.RelationshipView;
import dev.nova.users.api.ReportRequest;
import dev.nova.users.api.ReportView;
import dev.nova.users.api.ResolveReportRequest;
import dev.nova.users.api.SettingsUpdate;
import dev.nova.users.api.TargetRequest;
import dev.nova.users.api.UserIdsRequest;
import dev.nova.users.api.UserPagesRequest;
import dev.nova.users.api.UsernameRequest;
import dev.nova.users.api.UsersApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** users' operations and event handlers on real PostgreSQL, called through JSON. */
class UsersDomainTest {

    @RegisterExtension
    static final UsersFixture users = new UsersFixture();

    @Test
    void aRedeliveredUserRegisteredMakesOneProfile() {
        UUID id = Ids.newId();
        SQSEvent.SQSMessage once = users.record(IdentityEvents.USER_REGISTERED, id, new UserRegistered(id, "twice",
                users.clock.instant()));

        assertThat(users.consumer.consume(List.of(once, once))).isEmpty();
        assertThat(users.consumer.consume(List.of(once))).isEmpty();

        assertThat(users.count("SELECT count(*) FROM profiles WHERE user_id = ?", id)).isEqualTo(1);
    }

    @Test
    void aUsernameChangeReachesTheProfile() {
        UUID id = users.registered("before_rename");
        users.consumer.consume(List.of(users.record(IdentityEvents.USERNAME_CHANGED, id,
                new UsernameChanged(id, "after_rename", "before_rename", users.clock.instant()))));

        assertThat(users.call(UsersApi.PROFILE, UsersFixture.as(id), new UsernameRequest("AFTER_RENAME")).id())
                .isEqualTo(id);
    }

    @Test
    void firstPagesOfManyListsAreTwoStatementsAndEachOwnersPrivacyAndBlocksHold() {
        UUID viewer = users.registered("pages_viewer");
        UUID open = users.registered("pages_open");
        UUID closed = users.registered("pages_closed");
        UUID blocker = users.registered("pages_blocker");
        UUID fan = users.registered("pages_fan");
        for (UUID owner : List.of(open, closed, blocker)) {
            users.call(UsersApi.FOLLOW, UsersFixture.as(fan), new TargetRequest(owner));
        }
        users.call(UsersApi.UPDATE_SETTINGS, UsersFixture.as(closed), new SettingsUpdate(true, null, null, null,
                null, null, null, null, null));
        users.call(UsersApi.BLOCK, UsersFixture.as(blocker), new TargetRequest(viewer));

        long before = users.statements();
        ListPages pages = users.call(UsersApi.FOLLOWER_PAGES, UsersFixture.as(viewer),
                new UserPagesRequest(List.of(open, closed, blocker, UUID.randomUUID()), 10));

        assertThat(users.statements() - before).as("the owners' visibility, then every open page").isEqualTo(2);
        assertThat(pages.pages()).extracting(ListPages.OwnedPage::userId).containsExactly(open, closed, blocker,
                pages.pages().get(3).userId());
        assertThat(pages.pages().get(0).page().items()).extracting(ProfileView::id).containsExactly(fan);
        assertThat(pages.pages()).extracting(ListPages.OwnedPage::refusal)
                .containsExactly(null, "FORBIDDEN", "NOT_FOUND", "NOT_FOUND");
        assertThat(users.call(UsersApi.FOLLOWER_PAGES, UsersFixture.as(closed), new UserPagesRequest(List.of(closed),
                10)).pages().get(0).page().items()).as("the owner sees its own private list").hasSize(1);
        List<UUID> tooMany = Stream.generate(UUID::randomUUID).limit(101).toList();
        assertThatThrownBy(() -> users.call(UsersApi.FOLLOWER_PAGES, UsersFixture.as(viewer),
                new UserPagesRequest(tooMany, 10))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.field()).isEqualTo("userIds"));
    }

    @Test
    void concurrentFollowsKeepTheCountsExact() throws Exception {
        UUID star = users.registered("concurrent_star");
        List<UUID> fans = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            fans.add(users.registered("concurrent_fan" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (UUID fan : fans) {
                // Each fan follows twice at once, and the star follows each fan back at the same time.
                done.add(pool.submit(() -> users.call(UsersApi.FOLLOW, UsersFixture.as(fan), new TargetRequest(star))));
                done.add(pool.submit(() -> users.call(UsersApi.FOLLOW, UsersFixture.as(fan), new TargetRequest(star))));
                done.add(pool.submit(() -> users.call(UsersApi.FOLLOW, UsersFixture.as(star), new TargetRequest(fan))));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }
        ProfileView profile = users.call(UsersApi.PROFILE, UsersFixture.as(star),
                new UsernameRequest("concurrent_star"));
        assertThat(profile.followerCount()).isEqualTo(20);
        assertThat(profile.followingCount()).isEqualTo(20);
        assertThat(users.count("SELECT count(*) FROM follows WHERE followee_id = ?", star)).isEqualTo(20);
    }

    @Test
    void batchReadsOfAHundredIdsAreOneStatementEach() {
        UUID viewer = users.registered("batch_viewer");
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add(i < 10 ? users.registered("batch_user" + i) : Ids.newId());
        }
        long before = users.statements();
        ProfileList profiles = users.call(UsersApi.PROFILES_BY_IDS, UsersFixture.as(viewer), new UserIdsRequest(ids));
        long afterProfiles = users.statements();
        RelationshipList relationships = users.call(UsersApi.RELATIONSHIPS, UsersFixture.as(viewer),
                new UserIdsRequest(ids));

        assertThat(afterProfiles - before).isEqualTo(1);
        assertThat(users.statements() - afterProfiles).isEqualTo(1);
        assertThat(profiles.profiles()).hasSize(10);
        assertThat(relationships.relationships()).hasSize(100)
                .extracting(RelationshipView::userId).containsExactlyElementsOf(ids);
        List<UUID> tooMany = new ArrayList<>(ids);
        tooMany.add(Ids.newId());
        assertThat(code(() -> users.call(UsersApi.PROFILES_BY_IDS, UsersFixture.as(viewer),
                new UserIdsRequest(tooMany)))).isEqualTo(ErrorCode.BAD_USER_INPUT);
    }

    @Test
    void aTimedMuteEndsByItself() {
        UUID muter = users.registered("timed_muter");
        UUID noisy = users.registered("timed_noisy");
        RelationshipView muted = users.call(UsersApi.MUTE, UsersFixture.as(muter), new MuteRequest(noisy, 3600L,
                true));
        assertThat(muted.muting()).isTrue();
        assertThat(muted.mutingNotifications()).isTrue();

        users.clock.advance(Duration.ofHours(1).plusSeconds(1));
        RelationshipView later = users.call(UsersApi.RELATIONSHIPS, UsersFixture.as(muter),
                new UserIdsRequest(List.of(noisy))).relationships().get(0);
        assertThat(later.muting()).isFalse();
        assertThat(code(() -> users.call(UsersApi.MUTE, UsersFixture.as(muter), new MuteRequest(noisy, 0L, false))))
                .isEqualTo(ErrorCode.BAD_USER_INPUT);
    }

    @Test
    void profileFieldsAreBoundedAndCleared() {
        UUID owner = users.registered("bounded_owner");
        assertThat(field(() -> users.call(UsersApi.UPDATE_PROFILE, UsersFixture.as(owner),
                new ProfileUpdate(null, "x".repeat(501), null)))).isEqualTo("bio");
        assertThat(field(() -> users.call(UsersApi.UPDATE_PROFILE, UsersFixture.as(owner),
                new ProfileUpdate("a\u0000b", null, null)))).isEqualTo("displayName");
        users.call(UsersApi.UPDATE_PROFILE, UsersFixture.as(owner), new ProfileUpdate("Name", "Bio", null));
        ProfileView cleared = users.call(UsersApi.UPDATE_PROFILE, UsersFixture.as(owner),
                new ProfileUpdate("", null, null));
        assertThat(cleared.displayName()).isNull();
        assertThat(cleared.bio()).isEqualTo("Bio");
    }

    @Test
    void noOneCanFollowThemselvesOrActOnRequestsTheyDidNotGet() {
        UUID one = users.registered("self_one");
        UUID other = users.registered("self_other");
        assertThat(code(() -> users.call(UsersApi.FOLLOW, UsersFixture.as(one), new TargetRequest(one))))
                .isEqualTo(ErrorCode.BAD_USER_INPUT);
        assertThat(code(() -> users.call(UsersApi.REJECT_FOLLOW_REQUEST, UsersFixture.as(one),
                new TargetRequest(other)))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(code(() -> users.call(UsersApi.FOLLOW, Caller.anonymous("c", null), new TargetRequest(other))))
                .isEqualTo(ErrorCode.UNAUTHENTICATED);
    }

    @Test
    void reportingTwiceAnswersTheOpenReportAndOnlyModeratorsResolveIt() {
        UUID reporter = users.registered("twice_reporter");
        UUID target = users.registered("twice_target");
        UUID moderator = Ids.newId();
        ReportView first = users.call(UsersApi.REPORT, UsersFixture.as(reporter),
                new ReportRequest("USER", target, "spam", "buy now"));
        ReportView again = users.call(UsersApi.REPORT, UsersFixture.as(reporter),
                new ReportRequest("USER", target, "SPAM", null));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(code(() -> users.call(UsersApi.RESOLVE_REPORT, UsersFixture.as(reporter),
                new ResolveReportRequest(first.id(), "DISMISS", null)))).isEqualTo(ErrorCode.FORBIDDEN);

        ReportView resolved = users.call(UsersApi.RESOLVE_REPORT, UsersFixture.as(moderator, Caller.MODERATOR_ROLE),
                new ResolveReportRequest(first.id(), "REMOVE_CONTENT", "spam link"));
        assertThat(resolved.resolvedBy()).isEqualTo(moderator);
        assertThat(resolved.action()).isEqualTo("REMOVE_CONTENT");
        assertThat(code(() -> users.call(UsersApi.RESOLVE_REPORT, UsersFixture.as(moderator, Caller.MODERATOR_ROLE),
                new ResolveReportRequest(first.id(), "WARN", null)))).isEqualTo(ErrorCode.CONFLICT);
        assertThat(code(() -> users.call(UsersApi.REPORT, UsersFixture.as(reporter),
                new ReportRequest("USER", target, "rudeness", null)))).isEqualTo(ErrorCode.BAD_USER_INPUT);
    }

    private static ErrorCode code(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(DomainException.class);
        return ((DomainException) thrown).code();
    }

    private static String field(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(DomainException.class);
        return ((DomainException) thrown).field();
    }
}
