package dev.nova.identity.api;

import dev.nova.invocation.NoInput;
import dev.nova.kernel.Page;
import dev.nova.kernel.PageRequest;
import io.micronaut.core.type.Argument;
import dev.nova.invocation.Operation;

/** The operations the identity domain serves. */
public final class IdentityApi {

    public static final String DOMAIN = "identity";

    /** Creates an account and signs it in. */
    public static final Operation<RegisterRequest, AuthResult> REGISTER =
            Operation.command(DOMAIN, "register", RegisterRequest.class, AuthResult.class);

    /** Signs in with an email or username and a password. */
    public static final Operation<LoginRequest, AuthResult> LOGIN =
            Operation.command(DOMAIN, "login", LoginRequest.class, AuthResult.class);

    /**
     * Rotates a refresh token: the presented one dies and a new pair is answered. Presenting a token that was
     * already rotated out revokes its whole session.
     */
    public static final Operation<RefreshRequest, AuthResult> REFRESH =
            Operation.command(DOMAIN, "refresh", RefreshRequest.class, AuthResult.class);

    /** Ends the caller's current session. */
    public static final Operation<NoInput, SessionsEnded> LOGOUT =
            Operation.command(DOMAIN, "logout", NoInput.class, SessionsEnded.class);

    /** Ends every session of the caller's account, this one included. */
    public static final Operation<NoInput, SessionsEnded> LOGOUT_EVERYWHERE =
            Operation.command(DOMAIN, "logoutEverywhere", NoInput.class, SessionsEnded.class);

    /** Ends one of the caller's own sessions; another account's session is NOT_FOUND. */
    public static final Operation<RevokeSessionRequest, SessionsEnded> REVOKE_SESSION =
            Operation.command(DOMAIN, "revokeSession", RevokeSessionRequest.class, SessionsEnded.class);

    /** The sessions revoked since a time (gateway only), so that their access tokens stop working at once. */
    public static final Operation<RevocationsRequest, Revocations> REVOKED_SESSIONS =
            Operation.query(DOMAIN, "revokedSessions", RevocationsRequest.class, Revocations.class);

    /** The caller's live sessions, newest first, a page at a time. */
    @SuppressWarnings("unchecked")
    public static final Operation<PageRequest, Page<SessionView>> SESSIONS = Operation.query(DOMAIN, "sessions",
            PageRequest.class, (Argument<Page<SessionView>>) (Argument<?>) Argument.of(Page.class, SessionView.class));

    /** The caller's security log (sign-ins, failures, changes), newest first, a page at a time. */
    @SuppressWarnings("unchecked")
    public static final Operation<PageRequest, Page<SecurityEventView>> SECURITY_EVENTS = Operation.query(DOMAIN,
            "securityEvents", PageRequest.class,
            (Argument<Page<SecurityEventView>>) (Argument<?>) Argument.of(Page.class, SecurityEventView.class));

    /** Completes a sign-in that answered a second-factor challenge, with a TOTP code or a recovery code. */
    public static final Operation<SecondFactorRequest, AuthResult> COMPLETE_SIGN_IN =
            Operation.command(DOMAIN, "completeSignIn", SecondFactorRequest.class, AuthResult.class);

    /** Signs in (or up) with a Google or Apple ID token. */
    public static final Operation<ProviderSignInRequest, AuthResult> SIGN_IN_WITH_PROVIDER =
            Operation.command(DOMAIN, "signInWithProvider", ProviderSignInRequest.class, AuthResult.class);

    /** Proves an email address with the token mailed to it. */
    public static final Operation<TokenRequest, AccountView> VERIFY_EMAIL =
            Operation.command(DOMAIN, "verifyEmail", TokenRequest.class, AccountView.class);

    /** Mails a new verification link for the caller's unverified (or pending) address. */
    public static final Operation<NoInput, Acknowledged> RESEND_VERIFICATION =
            Operation.command(DOMAIN, "resendVerification", NoInput.class, Acknowledged.class);

    /** Mails a password reset link if an account has the address; answers the same either way. */
    public static final Operation<PasswordResetRequest, Acknowledged> REQUEST_PASSWORD_RESET =
            Operation.command(DOMAIN, "requestPasswordReset", PasswordResetRequest.class, Acknowledged.class);

    /** Sets a new password with a reset token; every session of the account ends. */
    public static final Operation<ResetPasswordRequest, SessionsEnded> RESET_PASSWORD =
            Operation.command(DOMAIN, "resetPassword", ResetPasswordRequest.class, SessionsEnded.class);

    /** Changes the caller's password; every other session of the account ends. */
    public static final Operation<ChangePasswordRequest, SessionsEnded> CHANGE_PASSWORD =
            Operation.command(DOMAIN, "changePassword", ChangePasswordRequest.class, SessionsEnded.class);

    /** Starts turning two-factor sign-in on: a new secret, inactive until a code from it is confirmed. */
    public static final Operation<NoInput, TwoFactorEnrollment> ENROLL_TWO_FACTOR =
            Operation.command(DOMAIN, "enrollTwoFactor", NoInput.class, TwoFactorEnrollment.class);

    /** Turns two-factor sign-in on with a code from the new secret; answers the recovery codes, once. */
    public static final Operation<CodeRequest, RecoveryCodes> CONFIRM_TWO_FACTOR =
            Operation.command(DOMAIN, "confirmTwoFactor", CodeRequest.class, RecoveryCodes.class);

    /** Turns two-factor sign-in off; needs the password. */
    public static final Operation<Reauthentication, Acknowledged> DISABLE_TWO_FACTOR =
            Operation.command(DOMAIN, "disableTwoFactor", Reauthentication.class, Acknowledged.class);

    /** Takes a new username; the old one stays reserved to the account for 30 days. */
    public static final Operation<ChangeUsernameRequest, AccountView> CHANGE_USERNAME =
            Operation.command(DOMAIN, "changeUsername", ChangeUsernameRequest.class, AccountView.class);

    /** Mails a verification link to a new address; the account moves to it when the link is used. */
    public static final Operation<ChangeEmailRequest, Acknowledged> CHANGE_EMAIL =
            Operation.command(DOMAIN, "changeEmail", ChangeEmailRequest.class, Acknowledged.class);

    /** Deletes the caller's account: sessions end, the username stays reserved 30 days, {@code UserDeleted}. */
    public static final Operation<Reauthentication, Acknowledged> DELETE_ACCOUNT =
            Operation.command(DOMAIN, "deleteAccount", Reauthentication.class, Acknowledged.class);

    /** Which of up to 100 account ids exist and are not deleted (system callers: the orphan cleaners). */
    public static final Operation<UserIdsRequest, ExistingUsers> CHECK_USERS_EXIST =
            Operation.query(DOMAIN, "checkUsersExist", UserIdsRequest.class, ExistingUsers.class);

    /** The caller's own account. */
    public static final Operation<NoInput, AccountView> ME =
            Operation.query(DOMAIN, "me", NoInput.class, AccountView.class);

    /** The public keys access tokens are signed with, for the gateway to verify them. */
    public static final Operation<NoInput, JsonWebKeySet> PUBLIC_KEYS =
            Operation.query(DOMAIN, "publicKeys", NoInput.class, JsonWebKeySet.class);

    private IdentityApi() {
    }
}
