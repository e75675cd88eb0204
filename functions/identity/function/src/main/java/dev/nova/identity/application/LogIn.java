package dev.nova.identity.application;

import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.LoginRequest;
import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.Password;
import dev.nova.identity.domain.SecurityEventType;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.kernel.UnitOfWork;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Signs in with an email or a username. An unknown identifier costs the same lookups and hashing time as a wrong
 * password, is throttled the same way and gets the same answer, so neither the message nor the clock tells which
 * accounts exist. A correct password on an account with two-factor sign-in on answers a challenge, not tokens.
 */
public final class LogIn {

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final SignInGate gate;
    private final SecurityLog log;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public LogIn(Accounts accounts, PasswordHasher hasher, LoginThrottle throttle, SignInGate gate, SecurityLog log,
                 UnitOfWork unitOfWork, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.gate = gate;
        this.log = log;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public AuthResult logIn(Caller caller, LoginRequest request) {
        Password password = Password.offered(request.password());
        String identifier = request.identifier() == null ? "" : request.identifier().strip().toLowerCase(Locale.ROOT);
        Optional<Account> account = identifier.isEmpty() || identifier.length() > 254
                ? Optional.empty()
                : accounts.byEmailOrUsername(identifier);
        String key = LoginThrottle.keyOf(account, identifier);
        throttle.check(key, account.map(Account::id).orElse(null), caller.client());
        boolean matches = account.filter(Account::hasPassword).isPresent()
                ? hasher.matches(password, account.get().passwordHash())
                : hasher.matchNothing(password);
        if (!matches) {
            // One commit whether or not the account exists: a second commit (its WAL flush) would tell them apart.
            unitOfWork.inTransaction(() -> {
                throttle.failed(key, caller.client());
                account.ifPresent(found -> log.record(found.id(), SecurityEventType.SIGN_IN_FAILED,
                        caller.client(), clock.instant()));
                return null;
            });
            throw new DomainException(ErrorCode.UNAUTHENTICATED, Account.WRONG_CREDENTIALS);
        }
        throttle.succeeded(key, caller.client());
        return gate.admit(account.get(), caller.client());
    }
}
