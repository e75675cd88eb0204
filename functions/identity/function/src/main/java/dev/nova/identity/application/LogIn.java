package dev.nova.identity.application;

import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.LoginRequest;
import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.Password;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;

import java.util.Locale;
import java.util.Optional;

/**
 * Signs in with an email or a username. An unknown identifier costs the same hashing time as a wrong password and
 * gets the same answer, so neither the message nor the clock tells which accounts exist.
 */
public final class LogIn {

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final SessionIssuer sessions;

    public LogIn(Accounts accounts, PasswordHasher hasher, SessionIssuer sessions) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.sessions = sessions;
    }

    public AuthResult logIn(Caller caller, LoginRequest request) {
        Password password = Password.offered(request.password());
        String identifier = request.identifier() == null ? "" : request.identifier().strip();
        Optional<Account> account = identifier.isEmpty() || identifier.length() > 254
                ? Optional.empty()
                : accounts.byEmailOrUsername(identifier.toLowerCase(Locale.ROOT));
        if (account.isEmpty()) {
            hasher.matchNothing(password);
            throw wrongCredentials();
        }
        if (!hasher.matches(password, account.get().passwordHash())) {
            throw wrongCredentials();
        }
        return sessions.open(account.get(), caller.client());
    }

    private static DomainException wrongCredentials() {
        return new DomainException(ErrorCode.UNAUTHENTICATED, Account.WRONG_CREDENTIALS);
    }
}
