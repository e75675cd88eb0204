package dev.nova.identity;

import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.ChangeUsernameRequest;
import dev.nova.identity.api.ExistingUsers;
import dev.nova.identity.api.IdentityApi;
import dev.nova.identity.api.LoginRequest;
import dev.nova.identity.api.Reauthentication;
import dev.nova.identity.api.RefreshRequest;
import dev.nova.identity.api.RegisterRequest;
import dev.nova.identity.api.SecurityEventView;
import dev.nova.identity.api.UserIdsRequest;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ErrorCode;
import dev.nova.kernel.Ids;
import dev.nova.kernel.Page;
import dev.nova.kernel.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.nova.identity.AccountRecoveryIntegrationTest.callerOf;
import static dev.nova.identity.AccountRecoveryIntegrationTest.code;
import static org.assertj.core.api.Assertions.assertThat;

/** Username changes, deletion, the batch existence check and the security log. */
class AccountLifecycleIntegrationTest {

    @RegisterExtension
    static final IdentityFixture identity = new IdentityFixture();

    @Test
    void aChangedUsernameStaysReservedToItsOldOwnerForThirtyDays() {
        AuthResult ada = register("renamer");
        identity.call(IdentityApi.CHANGE_USERNAME, callerOf(ada), new ChangeUsernameRequest("Renamed"));

        assertThat(login("renamed").account().username()).isEqualTo("Renamed");
        assertThat(code(() -> register("RENAMER"))).isEqualTo(ErrorCode.CONFLICT);
        assertThat(identity.count("SELECT count(*) FROM outbox WHERE event_type = ?", "UsernameChanged"))
                .isEqualTo(1);
        // Its old owner may take it back.
        identity.call(IdentityApi.CHANGE_USERNAME, callerOf(ada), new ChangeUsernameRequest("renamer"));
        assertThat(login("renamer").account().id()).isEqualTo(ada.account().id());
    }

    @Test
    void aTakenUsernameIsAConflictWhateverItsCase() {
        register("holder");
        AuthResult other = register("wanter");
        assertThat(code(() -> identity.call(IdentityApi.CHANGE_USERNAME, callerOf(other),
                new ChangeUsernameRequest("HOLDER")))).isEqualTo(ErrorCode.CONFLICT);
    }

    @Test
    void aDeletedAccountCannotSignInOrRefreshAndItsNameIsHeldThirtyDays() {
        AuthResult doomed = register("doomed");
        AuthResult otherSession = login("doomed");

        assertThat(code(() -> identity.call(IdentityApi.DELETE_ACCOUNT, callerOf(doomed),
                new Reauthentication("wrong password", null)))).isEqualTo(ErrorCode.FORBIDDEN);
        identity.call(IdentityApi.DELETE_ACCOUNT, callerOf(doomed), new Reauthentication(PASSWORD, null));

        assertThat(code(() -> login("doomed"))).isEqualTo(ErrorCode.UNAUTHENTICATED);
        assertThat(code(() -> login("doomed@example.com"))).isEqualTo(ErrorCode.UNAUTHENTICATED);
        for (AuthResult session : List.of(doomed, otherSession)) {
            assertThat(code(() -> identity.call(IdentityApi.REFRESH, IdentityFixture.anonymous(),
                    new RefreshRequest(session.refreshToken())))).isEqualTo(ErrorCode.UNAUTHENTICATED);
        }
        assertThat(identity.count("SELECT count(*) FROM outbox WHERE event_type = 'UserDeleted' "
                + "AND aggregate_id = ?", doomed.account().id().toString())).isEqualTo(1);
        assertThat(identity.count("SELECT count(*) FROM accounts WHERE id = ? AND email IS NULL "
                + "AND password_hash IS NULL", doomed.account().id())).isEqualTo(1);

        assertThat(code(() -> register("Doomed"))).isEqualTo(ErrorCode.CONFLICT);
        identity.clock.advance(Duration.ofDays(30).plusMinutes(1));
        try {
            assertThat(identity.call(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                    new RegisterRequest("doomed@example.com", "doomed", PASSWORD)).accessToken()).isNotBlank();
        } finally {
            identity.clock.advance(Duration.ofDays(-30).minusMinutes(1));
        }
    }

    @Test
    void checkUsersExistAnswersLiveAccountsOfAHundredIdsInOneStatement() {
        List<UUID> ids = new ArrayList<>();
        AuthResult live = register("alive");
        AuthResult gone = register("gone");
        identity.call(IdentityApi.DELETE_ACCOUNT, callerOf(gone), new Reauthentication(PASSWORD, null));
        ids.add(live.account().id());
        ids.add(gone.account().id());
        while (ids.size() < 100) {
            ids.add(Ids.newId());
        }

        long before = identity.statements();
        ExistingUsers existing = identity.call(IdentityApi.CHECK_USERS_EXIST, Caller.system("test"),
                new UserIdsRequest(ids));
        long statements = identity.statements() - before;

        assertThat(existing.ids()).containsExactly(live.account().id());
        assertThat(statements).isEqualTo(1);
    }

    @Test
    void checkUsersExistIsForSystemCallersAndAtMostAHundredIds() {
        AuthResult user = register("curious");
        assertThat(code(() -> identity.call(IdentityApi.CHECK_USERS_EXIST, callerOf(user),
                new UserIdsRequest(List.of(user.account().id()))))).isEqualTo(ErrorCode.FORBIDDEN);
        List<UUID> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(Ids.newId());
        }
        assertThat(code(() -> identity.call(IdentityApi.CHECK_USERS_EXIST, Caller.system("test"),
                new UserIdsRequest(tooMany)))).isEqualTo(ErrorCode.BAD_USER_INPUT);
    }

    @Test
    void theSecurityLogIsTheOwnersLoginHistoryNewestFirst() {
        AuthResult owner = register("audited");
        login("audited");
        identity.call(IdentityApi.LOGIN, IdentityFixture.anonymous(), new LoginRequest("audited", PASSWORD));
        org.assertj.core.api.Assertions.catchThrowable(() -> identity.call(IdentityApi.LOGIN,
                IdentityFixture.anonymous(), new LoginRequest("audited", "a wrong password")));
        identity.call(IdentityApi.CHANGE_USERNAME, callerOf(owner), new ChangeUsernameRequest("audited2"));

        Page<SecurityEventView> first = identity.call(IdentityApi.SECURITY_EVENTS, callerOf(owner),
                new PageRequest(2, null));
        Page<SecurityEventView> rest = identity.call(IdentityApi.SECURITY_EVENTS, callerOf(owner),
                new PageRequest(10, first.endCursor()));

        List<String> types = new ArrayList<>(first.items().stream().map(SecurityEventView::type).toList());
        types.addAll(rest.items().stream().map(SecurityEventView::type).toList());
        assertThat(types).containsExactly("USERNAME_CHANGED", "SIGN_IN_FAILED", "SIGN_IN", "SIGN_IN");
        assertThat(first.hasNextPage()).isTrue();
        assertThat(rest.hasNextPage()).isFalse();
        assertThat(first.items().get(0).clientAddress()).isEqualTo("127.0.0.1");

        AuthResult stranger = register("stranger");
        assertThat(identity.call(IdentityApi.SECURITY_EVENTS, callerOf(stranger), new PageRequest(10, null))
                .items()).isEmpty();
    }

    private static final String PASSWORD = "a fine passphrase";

    private static AuthResult register(String username) {
        return identity.call(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest(username.toLowerCase() + "@example.com", username, PASSWORD));
    }

    private static AuthResult login(String identifier) {
        return identity.call(IdentityApi.LOGIN, IdentityFixture.anonymous(), new LoginRequest(identifier, PASSWORD));
    }
}
