package dev.nova.identity;

import dev.nova.identity.api.AccountView;
import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.ChangeEmailRequest;
import dev.nova.identity.api.ChangePasswordRequest;
import dev.nova.identity.api.IdentityApi;
import dev.nova.identity.api.LoginRequest;
import dev.nova.identity.api.PasswordResetRequest;
import dev.nova.identity.api.RefreshRequest;
import dev.nova.identity.api.RegisterRequest;
import dev.nova.identity.api.ResetPasswordRequest;
import dev.nova.identity.api.SessionsEnded;
import dev.nova.identity.api.TokenRequest;
import dev.nova.invocation.NoInput;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Email verification, password reset and change, through identity's operations on real PostgreSQL. */
class AccountRecoveryIntegrationTest {

    @RegisterExtension
    static final IdentityFixture identity = new IdentityFixture();

    @Test
    void signUpMailsASingleUseVerificationLinkStoredOnlyAsItsHash() {
        AuthResult signedUp = register("verify@example.com", "verifier");
        assertThat(signedUp.account().emailVerified()).isFalse();
        String token = identity.tokenMailedTo("verify@example.com", "verify-email");
        assertThat(identity.count("SELECT count(*) FROM account_tokens WHERE token_hash = ?", token)).isZero();

        AccountView verified = identity.call(IdentityApi.VERIFY_EMAIL, IdentityFixture.anonymous(),
                new TokenRequest(token));

        assertThat(verified.emailVerified()).isTrue();
        assertThat(code(() -> identity.call(IdentityApi.VERIFY_EMAIL, IdentityFixture.anonymous(),
                new TokenRequest(token)))).isEqualTo(ErrorCode.BAD_USER_INPUT);
        assertThat(identity.count("SELECT count(*) FROM outbox WHERE event_type = ?", "UserEmailVerified"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aVerificationLinkExpiresAfterADay() {
        register("late@example.com", "latecomer");
        String token = identity.tokenMailedTo("late@example.com", "verify-email");
        identity.clock.advance(Duration.ofHours(24).plusSeconds(1));
        try {
            assertThat(code(() -> identity.call(IdentityApi.VERIFY_EMAIL, IdentityFixture.anonymous(),
                    new TokenRequest(token)))).isEqualTo(ErrorCode.BAD_USER_INPUT);
        } finally {
            identity.clock.advance(Duration.ofHours(-24).minusSeconds(1));
        }
    }

    @Test
    void resettingThePasswordWorksOnceAndEndsEverySession() {
        AuthResult first = register("reset@example.com", "resetter");
        AuthResult second = login("resetter", "first password here");

        identity.call(IdentityApi.REQUEST_PASSWORD_RESET, IdentityFixture.anonymous(),
                new PasswordResetRequest("RESET@example.com"));
        String token = identity.tokenMailedTo("reset@example.com", "reset-password");
        SessionsEnded ended = identity.call(IdentityApi.RESET_PASSWORD, IdentityFixture.anonymous(),
                new ResetPasswordRequest(token, "second password here"));

        assertThat(ended.count()).isEqualTo(2);
        for (AuthResult session : new AuthResult[] {first, second}) {
            assertThat(code(() -> identity.call(IdentityApi.REFRESH, IdentityFixture.anonymous(),
                    new RefreshRequest(session.refreshToken())))).isEqualTo(ErrorCode.UNAUTHENTICATED);
        }
        assertThat(code(() -> login("resetter", "first password here"))).isEqualTo(ErrorCode.UNAUTHENTICATED);
        assertThat(login("resetter", "second password here").accessToken()).isNotBlank();
        assertThat(code(() -> identity.call(IdentityApi.RESET_PASSWORD, IdentityFixture.anonymous(),
                new ResetPasswordRequest(token, "third password here")))).isEqualTo(ErrorCode.BAD_USER_INPUT);
        assertThat(identity.mailsTo("reset@example.com")).anyMatch(mail -> mail.contains("password was changed"));
    }

    @Test
    void aResetRefusesAWeakPasswordAndKeepsTheLinkUsable() {
        register("weak@example.com", "weakling");
        identity.call(IdentityApi.REQUEST_PASSWORD_RESET, IdentityFixture.anonymous(),
                new PasswordResetRequest("weak@example.com"));
        String token = identity.tokenMailedTo("weak@example.com", "reset-password");

        DomainException refused = (DomainException) catchThrowable(() -> identity.call(IdentityApi.RESET_PASSWORD,
                IdentityFixture.anonymous(), new ResetPasswordRequest(token, "sunshine")));

        assertThat(refused.field()).isEqualTo("password");
        assertThat(identity.call(IdentityApi.RESET_PASSWORD, IdentityFixture.anonymous(),
                new ResetPasswordRequest(token, "a far better passphrase")).count()).isEqualTo(1);
    }

    @Test
    void aResetRequestAnswersTheSameForAnUnknownAddressAndMailsNobody() {
        register("known@example.com", "knownperson");
        int mailsBefore = identity.mailsTo("nobody@example.com").size();

        var known = identity.call(IdentityApi.REQUEST_PASSWORD_RESET, IdentityFixture.anonymous(),
                new PasswordResetRequest("known@example.com"));
        var unknown = identity.call(IdentityApi.REQUEST_PASSWORD_RESET, IdentityFixture.anonymous(),
                new PasswordResetRequest("nobody@example.com"));

        assertThat(unknown).isEqualTo(known);
        assertThat(identity.mailsTo("nobody@example.com")).hasSize(mailsBefore);
        assertThat(identity.mailsTo("known@example.com")).anyMatch(mail -> mail.contains("/reset-password?token="));
    }

    @Test
    void noInboxGetsMoreThanOneMailOfAKindAMinute() {
        AuthResult signedUp = register("flood@example.com", "flooded");
        assertThat(code(() -> identity.call(IdentityApi.RESEND_VERIFICATION, callerOf(signedUp), NoInput.INSTANCE)))
                .isEqualTo(ErrorCode.RATE_LIMITED);
        for (int i = 0; i < 3; i++) {
            identity.call(IdentityApi.REQUEST_PASSWORD_RESET, IdentityFixture.anonymous(),
                    new PasswordResetRequest("flood@example.com"));
        }
        assertThat(identity.mailsTo("flood@example.com")).filteredOn(mail -> mail.contains("/reset-password?"))
                .hasSize(1);

        identity.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        try {
            identity.call(IdentityApi.REQUEST_PASSWORD_RESET, IdentityFixture.anonymous(),
                    new PasswordResetRequest("flood@example.com"));
            identity.call(IdentityApi.RESEND_VERIFICATION, callerOf(signedUp), NoInput.INSTANCE);
        } finally {
            identity.clock.advance(Duration.ofMinutes(-1).minusSeconds(1));
        }
        assertThat(identity.mailsTo("flood@example.com")).filteredOn(mail -> mail.contains("/reset-password?"))
                .hasSize(2);
        assertThat(identity.mailsTo("flood@example.com")).filteredOn(mail -> mail.contains("/verify-email?"))
                .hasSize(2);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsEveryOtherSession() {
        AuthResult here = register("change@example.com", "changer");
        AuthResult elsewhere = login("changer", "first password here");
        Caller caller = callerOf(here);

        DomainException wrong = (DomainException) catchThrowable(() -> identity.call(IdentityApi.CHANGE_PASSWORD,
                caller, new ChangePasswordRequest("not my password", "second password here")));
        assertThat(wrong.code()).isEqualTo(ErrorCode.FORBIDDEN);

        SessionsEnded ended = identity.call(IdentityApi.CHANGE_PASSWORD, caller,
                new ChangePasswordRequest("first password here", "second password here"));

        assertThat(ended.count()).isEqualTo(1);
        assertThat(code(() -> identity.call(IdentityApi.REFRESH, IdentityFixture.anonymous(),
                new RefreshRequest(elsewhere.refreshToken())))).isEqualTo(ErrorCode.UNAUTHENTICATED);
        assertThat(identity.call(IdentityApi.REFRESH, IdentityFixture.anonymous(),
                new RefreshRequest(here.refreshToken())).accessToken()).isNotBlank();
        assertThat(login("changer", "second password here").accessToken()).isNotBlank();
    }

    @Test
    void anEmailChangeTakesEffectOnlyWhenTheNewAddressIsProven() {
        AuthResult here = register("old@example.com", "mover");
        Caller caller = callerOf(here);

        identity.call(IdentityApi.CHANGE_EMAIL, caller, new ChangeEmailRequest("new@example.com",
                "first password here"));
        assertThat(identity.call(IdentityApi.ME, caller, NoInput.INSTANCE).email()).isEqualTo("old@example.com");
        assertThat(identity.mailsTo("old@example.com")).anyMatch(mail -> mail.contains("another email address"));

        AccountView moved = identity.call(IdentityApi.VERIFY_EMAIL, IdentityFixture.anonymous(),
                new TokenRequest(identity.tokenMailedTo("new@example.com", "verify-email")));

        assertThat(moved.email()).isEqualTo("new@example.com");
        assertThat(moved.emailVerified()).isTrue();
        assertThat(login("new@example.com", "first password here").accessToken()).isNotBlank();
        assertThat(code(() -> login("old@example.com", "first password here")))
                .isEqualTo(ErrorCode.UNAUTHENTICATED);
    }

    @Test
    void anEmailChangeNeedsThePassword() {
        AuthResult here = register("guarded@example.com", "guarded");
        assertThat(code(() -> identity.call(IdentityApi.CHANGE_EMAIL, callerOf(here),
                new ChangeEmailRequest("thief@example.com", "wrong password")))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(identity.mailsTo("thief@example.com")).isEmpty();
    }

    private static AuthResult register(String email, String username) {
        return identity.call(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest(email, username, "first password here"));
    }

    private static AuthResult login(String identifier, String password) {
        return identity.call(IdentityApi.LOGIN, IdentityFixture.anonymous(), new LoginRequest(identifier, password));
    }

    static Caller callerOf(AuthResult result) {
        return Caller.user(result.account().id(), sessionOf(result), "test-" + UUID.randomUUID(), Set.of(),
                new ClientInfo("127.0.0.1", "junit"));
    }

    /** The session id inside the access token. */
    static UUID sessionOf(AuthResult result) {
        try {
            return UUID.fromString(com.nimbusds.jwt.SignedJWT.parse(result.accessToken()).getJWTClaimsSet()
                    .getStringClaim("sid"));
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    static ErrorCode code(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(DomainException.class);
        return ((DomainException) thrown).code();
    }
}
