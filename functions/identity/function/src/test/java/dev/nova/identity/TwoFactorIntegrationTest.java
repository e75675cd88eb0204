package dev.nova.identity;

import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.CodeRequest;
import dev.nova.identity.api.IdentityApi;
import dev.nova.identity.api.LoginRequest;
import dev.nova.identity.api.Reauthentication;
import dev.nova.identity.api.RecoveryCodes;
import dev.nova.identity.api.RegisterRequest;
import dev.nova.identity.api.SecondFactorRequest;
import dev.nova.identity.api.TwoFactorEnrollment;
import dev.nova.identity.domain.Totp;
import dev.nova.invocation.NoInput;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static dev.nova.identity.AccountRecoveryIntegrationTest.callerOf;
import static dev.nova.identity.AccountRecoveryIntegrationTest.code;
import static org.assertj.core.api.Assertions.assertThat;

/** TOTP two-factor sign-in and recovery codes, through identity's operations on real PostgreSQL. */
class TwoFactorIntegrationTest {

    @RegisterExtension
    static final IdentityFixture identity = new IdentityFixture();

    @Test
    void enrollingNeedsAConfirmingCodeThenSignInAsksForASecondFactor() {
        Enrolled ada = enroll("ada2fa");
        assertThat(identity.call(IdentityApi.ME, ada.caller(), NoInput.INSTANCE).twoFactorEnabled()).isTrue();

        AuthResult challenged = login("ada2fa");
        assertThat(challenged.accessToken()).isNull();
        assertThat(challenged.refreshToken()).isNull();
        assertThat(challenged.secondFactor().challenge()).hasSize(43);

        AuthResult signedIn = complete(challenged, ada.codeAt(nextStep()));
        assertThat(signedIn.accessToken()).isNotBlank();
        assertThat(signedIn.secondFactor()).isNull();
    }

    @Test
    void aCodeOneStepEarlyOrLateIsAcceptedTwoStepsIsNot() {
        Enrolled grace = enroll("grace2fa");
        long now = Totp.stepAt(identity.clock.instant());
        identity.clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS * 3));
        long later = now + 3;

        assertThat(code(() -> complete(login("grace2fa"), grace.codeAt(later - 2))))
                .isEqualTo(ErrorCode.UNAUTHENTICATED);
        assertThat(code(() -> complete(login("grace2fa"), grace.codeAt(later + 2))))
                .isEqualTo(ErrorCode.UNAUTHENTICATED);
        assertThat(complete(login("grace2fa"), grace.codeAt(later - 1)).accessToken()).isNotBlank();
        assertThat(complete(login("grace2fa"), grace.codeAt(later + 1)).accessToken()).isNotBlank();
    }

    @Test
    void aCodeIsNeverAcceptedTwice() {
        Enrolled alan = enroll("alan2fa");
        String code = alan.codeAt(nextStep());
        assertThat(complete(login("alan2fa"), code).accessToken()).isNotBlank();
        assertThat(code(() -> complete(login("alan2fa"), code))).isEqualTo(ErrorCode.UNAUTHENTICATED);
    }

    @Test
    void recoveryCodesWorkOnceEach() {
        Enrolled linus = enroll("linus2fa");
        String recovery = linus.recoveryCodes().codes().get(3);

        assertThat(complete(login("linus2fa"), recovery.toLowerCase()).accessToken()).isNotBlank();
        assertThat(code(() -> complete(login("linus2fa"), recovery))).isEqualTo(ErrorCode.UNAUTHENTICATED);
        assertThat(complete(login("linus2fa"), linus.recoveryCodes().codes().get(4)).accessToken()).isNotBlank();
        assertThat(identity.count("SELECT count(*) FROM recovery_codes WHERE code_hash = ?", recovery)).isZero();
    }

    @Test
    void aChallengeDiesAfterFiveWrongCodesAndOpensOneSessionOnly() {
        Enrolled barbara = enroll("barbara2fa");
        AuthResult challenged = login("barbara2fa");
        for (int i = 0; i < 5; i++) {
            assertThat(code(() -> complete(challenged, "000000"))).isEqualTo(ErrorCode.UNAUTHENTICATED);
        }
        assertThat(code(() -> complete(challenged, barbara.codeAt(nextStep()))))
                .isEqualTo(ErrorCode.UNAUTHENTICATED);

        AuthResult again = login("barbara2fa");
        assertThat(complete(again, barbara.codeAt(nextStep())).accessToken()).isNotBlank();
        assertThat(code(() -> complete(again, barbara.recoveryCodes().codes().get(0))))
                .isEqualTo(ErrorCode.UNAUTHENTICATED);
    }

    @Test
    void turningItOffNeedsThePassword() {
        Enrolled edsger = enroll("edsger2fa");
        assertThat(code(() -> identity.call(IdentityApi.DISABLE_TWO_FACTOR, edsger.caller(),
                new Reauthentication("wrong password", null)))).isEqualTo(ErrorCode.FORBIDDEN);

        identity.call(IdentityApi.DISABLE_TWO_FACTOR, edsger.caller(),
                new Reauthentication("a fine passphrase", null));

        assertThat(login("edsger2fa").accessToken()).isNotBlank();
    }

    @Test
    void anAccountWithTwoFactorCanBeDeletedWithAFreshCodeInsteadOfThePassword() {
        Enrolled ada = enroll("deleter2fa");
        assertThat(code(() -> identity.call(IdentityApi.DELETE_ACCOUNT, ada.caller(),
                new Reauthentication(null, "000000")))).isEqualTo(ErrorCode.FORBIDDEN);

        identity.call(IdentityApi.DELETE_ACCOUNT, ada.caller(), new Reauthentication(null, ada.codeAt(nextStep())));

        assertThat(code(() -> login("deleter2fa"))).isEqualTo(ErrorCode.UNAUTHENTICATED);
    }

    @Test
    void aWrongConfirmationCodeLeavesItOff() {
        AuthResult account = register("margaret2fa");
        Caller caller = callerOf(account);
        identity.call(IdentityApi.ENROLL_TWO_FACTOR, caller, NoInput.INSTANCE);
        assertThat(code(() -> identity.call(IdentityApi.CONFIRM_TWO_FACTOR, caller, new CodeRequest("123456"))))
                .isEqualTo(ErrorCode.BAD_USER_INPUT);
        assertThat(login("margaret2fa").accessToken()).isNotBlank();
    }

    /** The next step after those already used, so that a test never offers a used step. */
    private static long nextStep() {
        return Totp.stepAt(identity.clock.instant()) + 1;
    }

    private static Enrolled enroll(String username) {
        Caller caller = callerOf(register(username));
        TwoFactorEnrollment enrollment = identity.call(IdentityApi.ENROLL_TWO_FACTOR, caller, NoInput.INSTANCE);
        assertThat(enrollment.otpauthUri()).startsWith("otpauth://totp/Nova:" + username + "?secret="
                + enrollment.secret());
        Totp totp = Totp.of(enrollment.secret());
        RecoveryCodes codes = identity.call(IdentityApi.CONFIRM_TWO_FACTOR, caller,
                new CodeRequest(totp.codeAt(Totp.stepAt(identity.clock.instant()))));
        assertThat(codes.codes()).hasSize(10);
        return new Enrolled(caller, totp, codes);
    }

    private static AuthResult register(String username) {
        return identity.call(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest(username + "@example.com", username, "a fine passphrase"));
    }

    private static AuthResult login(String username) {
        return identity.call(IdentityApi.LOGIN, IdentityFixture.anonymous(),
                new LoginRequest(username, "a fine passphrase"));
    }

    private static AuthResult complete(AuthResult challenged, String code) {
        return identity.call(IdentityApi.COMPLETE_SIGN_IN, IdentityFixture.anonymous(),
                new SecondFactorRequest(challenged.secondFactor().challenge(), code));
    }

    private record Enrolled(Caller caller, Totp totp, RecoveryCodes recoveryCodes) {
        String codeAt(long step) {
            return totp.codeAt(step);
        }
    }
}
