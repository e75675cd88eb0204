package dev.nova.identity.application;

import dev.nova.identity.api.Reauthentication;
import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.Password;
import dev.nova.identity.domain.SecurityEventType;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;

import java.time.Clock;
import java.util.Optional;

/**
 * The signed-in caller's account, and proof that its owner is at the keyboard before a sensitive change: the
 * password (throttled like a sign-in, since a stolen access token must not become a password oracle) or, where
 * allowed, a fresh second factor.
 */
public final class Reauthenticator {

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final SecondFactor secondFactor;
    private final SecurityLog log;
    private final Clock clock;

    public Reauthenticator(Accounts accounts, PasswordHasher hasher, LoginThrottle throttle,
                           SecondFactor secondFactor, SecurityLog log, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.secondFactor = secondFactor;
        this.log = log;
        this.clock = clock;
    }

    /** The caller's live account; {@code UNAUTHENTICATED} for anonymous callers and deleted accounts. */
    public Account account(Caller caller) {
        return accounts.byId(caller.requireUser())
                .orElseThrow(() -> DomainException.unauthenticated("the account no longer exists"));
    }

    /** The caller's account, once {@code password} is proven to be its password. */
    public Account withPassword(Caller caller, String password) {
        Account account = account(caller);
        if (!passwordMatches(caller, account, password)) {
            throw wrongPassword("password");
        }
        return account;
    }

    /** The caller's account, once the password or a second factor in {@code proof} is proven. */
    public Account withPasswordOrSecondFactor(Caller caller, Reauthentication proof) {
        Account account = account(caller);
        if (proof.password() != null && !proof.password().isEmpty()) {
            if (!passwordMatches(caller, account, proof.password())) {
                throw wrongPassword("password");
            }
            return account;
        }
        if (proof.code() != null && secondFactor.accepts(account, proof.code(), caller.client())) {
            return account;
        }
        throw wrongPassword(proof.code() == null ? "password" : "code");
    }

    private boolean passwordMatches(Caller caller, Account account, String offered) {
        Password password = Password.offered(offered);
        String key = LoginThrottle.keyOf(Optional.of(account), "");
        throttle.check(key, account.id(), caller.client());
        if (account.hasPassword() && hasher.matches(password, account.passwordHash())) {
            return true;
        }
        throttle.failed(key, caller.client());
        log.record(account.id(), SecurityEventType.SIGN_IN_FAILED, caller.client(), clock.instant());
        return false;
    }

    private static DomainException wrongPassword(String field) {
        return new DomainException(ErrorCode.FORBIDDEN, "the " + field + " is wrong", field);
    }
}
