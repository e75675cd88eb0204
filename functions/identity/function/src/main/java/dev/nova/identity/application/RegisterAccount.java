package dev.nova.identity.application;

import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.RegisterRequest;
import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.EmailAddress;
import dev.nova.identity.domain.Password;
import dev.nova.identity.domain.SecretToken;
import dev.nova.identity.domain.Username;
import dev.nova.kernel.Caller;
import dev.nova.kernel.Ids;
import dev.nova.kernel.UnitOfWork;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Signs up: checks every value before touching storage, then stores the account, its first session, its email
 * verification token and the {@code UserRegistered} event together, so that a refused sign-up leaves nothing behind
 * and an account never exists without its event. The verification mail goes out after the commit. Times are kept
 * to the microsecond, as PostgreSQL stores them.
 */
public final class RegisterAccount {

    private final Accounts accounts;
    private final AccountEvents events;
    private final PasswordHasher hasher;
    private final SessionIssuer sessions;
    private final EmailVerification verification;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RegisterAccount(Accounts accounts, AccountEvents events, PasswordHasher hasher, SessionIssuer sessions,
                           EmailVerification verification, UnitOfWork unitOfWork, Clock clock) {
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
        Account account = Account.newAccount(Ids.newId(), email, username, hasher.hash(password),
                clock.instant().truncatedTo(ChronoUnit.MICROS), null);
        SignUp signUp = unitOfWork.inTransaction(() -> {
            accounts.add(account);
            events.registered(account);
            SecretToken token = verification.issue(account, email, caller.client());
            return new SignUp(sessions.open(account, caller.client()), token);
        });
        verification.mail(account, email, signUp.verificationToken());
        return signUp.result();
    }

    private record SignUp(AuthResult result, SecretToken verificationToken) {
    }
}
