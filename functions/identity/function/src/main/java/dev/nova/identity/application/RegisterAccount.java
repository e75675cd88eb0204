package dev.nova.identity.application;

import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.RegisterRequest;
import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.EmailAddress;
import dev.nova.identity.domain.Password;
import dev.nova.identity.domain.SecretToken;
import dev.nova.identity.domain.Username;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.Ids;
import dev.nova.kernel.UnitOfWork;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Signs up: checks every value before touching storage, then stores the account, its first session, its email
 * verification token and the {@code UserRegistered} event together, so that a refused sign-up leaves nothing behind
 * and an account never exists without its event. The verification mail goes out after the commit. Times are kept
 * to the microsecond, as PostgreSQL stores them.
 */
public final class RegisterAccount {

    private static final String OPERATION = "register";
    /** How long a key answers its first result. */
    private static final Duration KEPT = Duration.ofHours(24);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    private final Accounts accounts;
    private final AccountEvents events;
    private final PasswordHasher hasher;
    private final SessionIssuer sessions;
    private final EmailVerification verification;
    private final UnitOfWork unitOfWork;
    private final IdempotencyKeys idempotencyKeys;
    private final Clock clock;

    public RegisterAccount(Accounts accounts, AccountEvents events, PasswordHasher hasher, SessionIssuer sessions,
                           EmailVerification verification, UnitOfWork unitOfWork, IdempotencyKeys idempotencyKeys,
                           Clock clock) {
        this.idempotencyKeys = idempotencyKeys;
        this.accounts = accounts;
        this.events = events;
        this.hasher = hasher;
        this.sessions = sessions;
        this.verification = verification;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public AuthResult register(Caller caller, RegisterRequest request) {
        EmailAddress email = new EmailAddress(request.email());
        Username username = new Username(request.username());
        Password password = Password.forAccount(request.password(), username, email);
        String key = idempotencyKey(request.idempotencyKey());
        String fingerprint = email.normalized() + "/" + username.normalized();
        if (key != null) {
            Optional<IdempotencyKeys.Used> used = idempotencyKeys.used(OPERATION, key,
                    clock.instant().minus(KEPT));
            if (used.isPresent()) {
                return retried(caller, used.get(), fingerprint, password);
            }
        }
        Account account = Account.newAccount(Ids.newId(), email, username, hasher.hash(password),
                clock.instant().truncatedTo(ChronoUnit.MICROS), null);
        SignUp signUp = unitOfWork.inTransaction(() -> {
            accounts.add(account);
            if (key != null) {
                idempotencyKeys.remember(OPERATION, key, fingerprint, account.id(), account.createdAt());
            }
            events.registered(account);
            SecretToken token = verification.issue(account, email, caller.client());
            return new SignUp(sessions.open(account, caller.client()), token);
        });
        verification.mail(account, email, signUp.verificationToken());
        return signUp.result();
    }

    /**
     * A sign-up sent again with its key: the same values and the same password answer the account the first
     * attempt made, signed in with a new session; nothing is created twice and no second event is published.
     */
    private AuthResult retried(Caller caller, IdempotencyKeys.Used used, String fingerprint, Password password) {
        if (!used.fingerprint().equals(fingerprint)) {
            throw DomainException.conflict("idempotencyKey", "this key was used for another sign-up");
        }
        Account account = accounts.byId(used.accountId())
                .orElseThrow(() -> DomainException.conflict("idempotencyKey", "the account of this key is gone"));
        if (!account.hasPassword() || !hasher.matches(password, account.passwordHash())) {
            throw DomainException.unauthenticated(Account.WRONG_CREDENTIALS);
        }
        return unitOfWork.inTransaction(() -> sessions.open(account, caller.client()));
    }

    /** 1 to 200 of {@code A-Za-z0-9._:-}, as clients make them (UUIDs, ULIDs); null for none. */
    private static String idempotencyKey(String key) {
        if (key == null) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            throw DomainException.badInput("idempotencyKey", "must be 1 to 200 of A-Z a-z 0-9 . _ : -");
        }
        return key;
    }

    private record SignUp(AuthResult result, SecretToken verificationToken) {
    }
}
