package dev.nova.identity.adapter.in.lambda;

import dev.nova.events.OutboxOperations;
import dev.nova.identity.api.IdentityApi;
import dev.nova.identity.application.AccountChanges;
import dev.nova.identity.application.AccountQueries;
import dev.nova.identity.application.EmailVerification;
import dev.nova.identity.application.ListRevocations;
import dev.nova.identity.application.ListSessions;
import dev.nova.identity.application.LogIn;
import dev.nova.identity.application.LogOut;
import dev.nova.identity.application.LogOutEverywhere;
import dev.nova.identity.application.PasswordRecovery;
import dev.nova.identity.application.ProviderSignIn;
import dev.nova.identity.application.RefreshSession;
import dev.nova.identity.application.RegisterAccount;
import dev.nova.identity.application.RevokeSession;
import dev.nova.identity.application.SigningKeys;
import dev.nova.identity.application.TwoFactor;
import dev.nova.invocation.DomainOperations;
import dev.nova.kernel.RateLimit;

import java.time.Duration;

/** Binds each identity operation to the use case that serves it. */
public final class IdentityOperations {

    private IdentityOperations() {
    }

    /** The use cases that sign in and out and list sessions. */
    public record SignIns(RegisterAccount register, LogIn logIn, ProviderSignIn provider, TwoFactor twoFactor,
                          RefreshSession refresh) {
    }

    /** The use cases that list and end sessions, and the list of ended ones the gateway reads. */
    public record SessionEndings(ListSessions list, LogOut logOut, LogOutEverywhere everywhere, RevokeSession revoke,
                                 ListRevocations revocations) {
    }

    /** The use cases that change an account, and the reads about accounts. */
    public record AccountCare(EmailVerification email, PasswordRecovery passwords, AccountChanges changes,
                              AccountQueries queries) {
    }

    /** Mastodon's sign-up limit: 5 per client address every 30 minutes. */
    public static final RateLimit SIGN_UPS = RateLimit.perClientAddress("identity.sign-ups", 5, Duration.ofMinutes(30));
    /** Mail that an anonymous caller can make Nova send: by client address. */
    public static final RateLimit PASSWORD_RESETS =
            RateLimit.perClientAddress("identity.password-resets", 5, Duration.ofMinutes(30));
    public static final RateLimit VERIFICATION_MAILS =
            RateLimit.perUser("identity.verification-mails", 5, Duration.ofHours(1));
    public static final RateLimit EMAIL_CHANGES = RateLimit.perUser("identity.email-changes", 5, Duration.ofHours(1));

    /** The write limits of identity's operations; the dispatcher enforces them. */
    private static DomainOperations limited(DomainOperations operations) {
        return operations
                .limit(IdentityApi.REGISTER, SIGN_UPS)
                .limit(IdentityApi.REQUEST_PASSWORD_RESET, PASSWORD_RESETS)
                .limit(IdentityApi.RESEND_VERIFICATION, VERIFICATION_MAILS)
                .limit(IdentityApi.CHANGE_EMAIL, EMAIL_CHANGES);
    }

    public static DomainOperations bind(SignIns signIns, SessionEndings endings, AccountCare care,
                                        SigningKeys signingKeys, OutboxOperations outbox) {
        return limited(outbox.addTo(new DomainOperations(IdentityApi.DOMAIN)
                .on(IdentityApi.REGISTER, signIns.register()::register)
                .on(IdentityApi.LOGIN, signIns.logIn()::logIn)
                .on(IdentityApi.COMPLETE_SIGN_IN, signIns.twoFactor()::completeSignIn)
                .on(IdentityApi.SIGN_IN_WITH_PROVIDER, signIns.provider()::signIn)
                .on(IdentityApi.REFRESH, signIns.refresh()::refresh)
                .on(IdentityApi.ENROLL_TWO_FACTOR, (caller, none) -> signIns.twoFactor().enroll(caller))
                .on(IdentityApi.CONFIRM_TWO_FACTOR, signIns.twoFactor()::confirm)
                .on(IdentityApi.DISABLE_TWO_FACTOR, signIns.twoFactor()::disable)
                .on(IdentityApi.LOGOUT, (caller, none) -> endings.logOut().logOut(caller))
                .on(IdentityApi.LOGOUT_EVERYWHERE, (caller, none) -> endings.everywhere().logOutEverywhere(caller))
                .on(IdentityApi.REVOKE_SESSION, endings.revoke()::revoke)
                .on(IdentityApi.REVOKED_SESSIONS, endings.revocations()::since)
                .on(IdentityApi.SESSIONS, endings.list()::list)
                .on(IdentityApi.VERIFY_EMAIL, care.email()::verify)
                .on(IdentityApi.RESEND_VERIFICATION, (caller, none) -> care.email().resend(caller))
                .on(IdentityApi.CHANGE_EMAIL, care.email()::changeEmail)
                .on(IdentityApi.REQUEST_PASSWORD_RESET, care.passwords()::requestReset)
                .on(IdentityApi.RESET_PASSWORD, care.passwords()::reset)
                .on(IdentityApi.CHANGE_PASSWORD, care.passwords()::change)
                .on(IdentityApi.CHANGE_USERNAME, care.changes()::changeUsername)
                .on(IdentityApi.DELETE_ACCOUNT, care.changes()::delete)
                .on(IdentityApi.ME, (caller, none) -> care.queries().me(caller))
                .on(IdentityApi.SECURITY_EVENTS, care.queries()::securityEvents)
                .on(IdentityApi.CHECK_USERS_EXIST, care.queries()::checkUsersExist)
                .on(IdentityApi.PUBLIC_KEYS, (caller, none) -> signingKeys.publicKeys())));
    }
}
