package dev.nova.identity.application;

import dev.nova.identity.api.AccountView;
import dev.nova.identity.api.Acknowledged;
import dev.nova.identity.api.ChangeUsernameRequest;
import dev.nova.identity.api.Reauthentication;
import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.SecurityEventType;
import dev.nova.identity.domain.Username;
import dev.nova.kernel.Caller;
import dev.nova.kernel.UnitOfWork;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Changing the username and deleting the account. A username given up, by a change or a deletion, stays reserved
 * for 30 days (to its old owner, who may take it back), so that no one can pose as someone others still know by it.
 * Deleting needs the password or a fresh second factor, ends every session, erases the account's email, username,
 * password and second factor, and writes {@code UserDeleted} in the same transaction.
 */
public final class AccountChanges {

    static final Duration USERNAME_RESERVATION = Duration.ofDays(30);
    static final String DELETED_REASON = "account_deleted";

    private final Accounts accounts;
    private final Sessions sessions;
    private final AccountEvents events;
    private final Reauthenticator reauthenticator;
    private final SecurityLog log;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public AccountChanges(Accounts accounts, Sessions sessions, AccountEvents events, Reauthenticator reauthenticator,
                          SecurityLog log, UnitOfWork unitOfWork, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.events = events;
        this.reauthenticator = reauthenticator;
        this.log = log;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public AccountView changeUsername(Caller caller, ChangeUsernameRequest request) {
        Username next = new Username(request.username());
        Account account = reauthenticator.account(caller);
        if (next.value().equals(account.username().value())) {
            return SessionIssuer.view(account);
        }
        Instant now = clock.instant();
        unitOfWork.inTransaction(() -> {
            accounts.changeUsername(account.id(), account.username(), next, now, now.plus(USERNAME_RESERVATION));
            events.usernameChanged(account.id(), next, account.username(), now);
            log.record(account.id(), SecurityEventType.USERNAME_CHANGED, caller.client(), now);
            return null;
        });
        return SessionIssuer.view(account.withUsername(next));
    }

    public Acknowledged delete(Caller caller, Reauthentication proof) {
        Account account = reauthenticator.withPasswordOrSecondFactor(caller, proof);
        Instant now = clock.instant();
        unitOfWork.inTransaction(() -> {
            accounts.delete(account, now, now.plus(USERNAME_RESERVATION));
            sessions.revokeAll(account.id(), now, DELETED_REASON);
            events.deleted(account.id(), now);
            return null;
        });
        return Acknowledged.YES;
    }
}
