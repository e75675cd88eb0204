package dev.nova.identity.application;

import dev.nova.identity.api.Acknowledged;
import dev.nova.identity.api.ChangePasswordRequest;
import dev.nova.identity.api.PasswordResetRequest;
import dev.nova.identity.api.ResetPasswordRequest;
import dev.nova.identity.api.SessionsEnded;
import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.EmailAddress;
import dev.nova.identity.domain.Password;
import dev.nova.identity.domain.SecretToken;
import dev.nova.identity.domain.SecurityEventType;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.UnitOfWork;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Password reset by mail and password change. A reset request answers the same, in the same time, whether or not
 * an account has the address: the answer is held back to a floor that covers the mail's sending. Reset tokens live
 * 30 minutes and work once; a reset ends every session, a change every session but the caller's.
 */
public final class PasswordRecovery {

    static final Duration RESET_LIFETIME = Duration.ofMinutes(30);
    static final String RESET_REASON = "password_reset";
    static final String CHANGE_REASON = "password_changed";

    private final Accounts accounts;
    private final Sessions sessions;
    private final AccountTokens tokens;
    private final PasswordHasher hasher;
    private final Reauthenticator reauthenticator;
    private final AccountMails mails;
    private final SecurityLog log;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final Duration answerFloor;

    public PasswordRecovery(Accounts accounts, Sessions sessions, AccountTokens tokens, PasswordHasher hasher,
                            Reauthenticator reauthenticator, AccountMails mails, SecurityLog log,
                            UnitOfWork unitOfWork, Clock clock, Duration answerFloor) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
        this.hasher = hasher;
        this.reauthenticator = reauthenticator;
        this.mails = mails;
        this.log = log;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.answerFloor = answerFloor;
    }

    public Acknowledged requestReset(Caller caller, PasswordResetRequest request) {
        EmailAddress email = new EmailAddress(request.email());
        long started = System.nanoTime();
        Instant now = clock.instant();
        Optional<Account> account = accounts.byEmailOrUsername(email.normalized())
                .filter(found -> mayMail(found, AccountTokens.Purpose.RESET_PASSWORD, now));
        account.ifPresent(found -> {
            SecretToken token = SecretToken.generate();
            tokens.issue(token.hash(), found.id(), AccountTokens.Purpose.RESET_PASSWORD, null, caller.client(), now,
                    now.plus(RESET_LIFETIME));
            mails.resetPassword(found.email().value(), found.username().value(), token, RESET_LIFETIME);
        });
        holdUntil(started + answerFloor.toNanos());
        return Acknowledged.YES;
    }

    public SessionsEnded reset(Caller caller, ResetPasswordRequest request) {
        SecretToken token = SecretToken.presented(request.token()).orElseThrow(PasswordRecovery::resetLinkDead);
        Instant now = clock.instant();
        Reset reset = unitOfWork.inTransaction(() -> {
            AccountTokens.Issued issued = tokens.consume(token.hash(), AccountTokens.Purpose.RESET_PASSWORD, now)
                    .orElseThrow(PasswordRecovery::resetLinkDead);
            Account account = accounts.byId(issued.accountId()).orElseThrow(PasswordRecovery::resetLinkDead);
            Password password = Password.forAccount(request.newPassword(), account.username(), account.email());
            accounts.setPassword(account.id(), hasher.hash(password));
            int ended = sessions.revokeAll(account.id(), now, RESET_REASON);
            log.record(account.id(), SecurityEventType.PASSWORD_RESET, caller.client(), now);
            return new Reset(account, ended);
        });
        mails.passwordChanged(reset.account().email().value(), reset.account().username().value());
        return new SessionsEnded(reset.ended());
    }

    public SessionsEnded change(Caller caller, ChangePasswordRequest request) {
        Account account = reauthenticator.withPassword(caller, request.currentPassword());
        Password password = Password.forAccount(request.newPassword(), account.username(), account.email());
        String hash = hasher.hash(password);
        Instant now = clock.instant();
        int ended = unitOfWork.inTransaction(() -> {
            accounts.setPassword(account.id(), hash);
            tokens.revokeAll(account.id(), AccountTokens.Purpose.RESET_PASSWORD, now);
            log.record(account.id(), SecurityEventType.PASSWORD_CHANGED, caller.client(), now);
            return caller.sessionId() == null ? sessions.revokeAll(account.id(), now, CHANGE_REASON)
                    : sessions.revokeAllExcept(account.id(), caller.sessionId(), now, CHANGE_REASON);
        });
        mails.passwordChanged(account.email().value(), account.username().value());
        return new SessionsEnded(ended);
    }

    /** One mail of a kind per account a minute: a flood of requests sends one mail and answers the same. */
    private boolean mayMail(Account account, AccountTokens.Purpose purpose, Instant now) {
        return tokens.lastIssued(account.id(), purpose)
                .map(last -> last.plus(AccountMails.SAME_KIND_INTERVAL).isBefore(now))
                .orElse(true);
    }

    private static void holdUntil(long deadlineNanos) {
        long left = deadlineNanos - System.nanoTime();
        if (left > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static DomainException resetLinkDead() {
        return DomainException.badInput("token", "is invalid or has expired; ask for a new reset link");
    }

    private record Reset(Account account, int ended) {
    }
}
