package dev.nova.identity.application;

import dev.nova.identity.api.AccountView;
import dev.nova.identity.api.Acknowledged;
import dev.nova.identity.api.ChangeEmailRequest;
import dev.nova.identity.api.TokenRequest;
import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.EmailAddress;
import dev.nova.identity.domain.SecretToken;
import dev.nova.identity.domain.SecurityEventType;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.UnitOfWork;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Proving an email address: at sign-up, and before an email change takes effect (the account keeps its old address
 * until the new one is proven). The mailed token is single-use, stored hashed, and lives 24 hours; a newer one
 * replaces it. Verifying writes {@code UserEmailVerified}.
 */
public final class EmailVerification {

    static final Duration LIFETIME = Duration.ofHours(24);

    private final Accounts accounts;
    private final AccountTokens tokens;
    private final AccountEvents events;
    private final Reauthenticator reauthenticator;
    private final AccountMails mails;
    private final SecurityLog log;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public EmailVerification(Accounts accounts, AccountTokens tokens, AccountEvents events,
                             Reauthenticator reauthenticator, AccountMails mails, SecurityLog log,
                             UnitOfWork unitOfWork, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.events = events;
        this.reauthenticator = reauthenticator;
        this.mails = mails;
        this.log = log;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Issues a token proving {@code address} for the account (in the caller's transaction); mail it after. */
    SecretToken issue(Account account, EmailAddress address, ClientInfo client) {
        SecretToken token = SecretToken.generate();
        Instant now = clock.instant();
        tokens.issue(token.hash(), account.id(), AccountTokens.Purpose.VERIFY_EMAIL, address.value(), client, now,
                now.plus(LIFETIME));
        return token;
    }

    void mail(Account account, EmailAddress address, SecretToken token) {
        mails.verifyEmail(address.value(), account.username().value(), token, LIFETIME);
    }

    /** Proves the address the token was mailed to; anyone holding the link may use it, signed in or not. */
    public AccountView verify(Caller caller, TokenRequest request) {
        SecretToken token = SecretToken.presented(request.token()).orElseThrow(EmailVerification::linkDead);
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> {
            AccountTokens.Issued issued = tokens.consume(token.hash(), AccountTokens.Purpose.VERIFY_EMAIL, now)
                    .orElseThrow(EmailVerification::linkDead);
            Account account = accounts.byId(issued.accountId()).orElseThrow(EmailVerification::linkDead);
            EmailAddress proven = new EmailAddress(issued.email());
            accounts.verifyEmail(account.id(), proven, now);
            events.emailVerified(account.id(), now);
            log.record(account.id(), SecurityEventType.EMAIL_VERIFIED, caller.client(), now);
            return SessionIssuer.view(account.withVerifiedEmail(proven, now));
        });
    }

    /** Mails a new link for the caller's address while it is unverified. */
    public Acknowledged resend(Caller caller) {
        Account account = reauthenticator.account(caller);
        if (account.emailVerified()) {
            throw DomainException.conflict("email", "your email address is already verified");
        }
        Instant now = clock.instant();
        tokens.lastIssued(account.id(), AccountTokens.Purpose.VERIFY_EMAIL)
                .map(last -> Duration.between(now, last.plus(AccountMails.SAME_KIND_INTERVAL)))
                .filter(wait -> !wait.isNegative() && !wait.isZero())
                .ifPresent(wait -> {
                    throw DomainException.rateLimited("a link was mailed a moment ago; check your inbox", wait);
                });
        SecretToken token = unitOfWork.inTransaction(() -> issue(account, account.email(), caller.client()));
        mail(account, account.email(), token);
        return Acknowledged.YES;
    }

    /**
     * Starts moving the account to a new address: the password proves the owner asks, a link goes to the new
     * address and a notice to the old one.
     */
    public Acknowledged changeEmail(Caller caller, ChangeEmailRequest request) {
        EmailAddress next = new EmailAddress(request.newEmail());
        Account account = reauthenticator.withPassword(caller, request.password());
        if (next.normalized().equals(account.email().normalized())) {
            throw DomainException.badInput("newEmail", "is already your address");
        }
        if (accounts.byEmailOrUsername(next.normalized()).isPresent()) {
            throw DomainException.conflict("newEmail", "an account with this email already exists");
        }
        SecretToken token = unitOfWork.inTransaction(() -> {
            log.record(account.id(), SecurityEventType.EMAIL_CHANGE_REQUESTED, caller.client(), clock.instant());
            return issue(account, next, caller.client());
        });
        mail(account, next, token);
        mails.emailChangeRequested(account.email().value(), account.username().value());
        return Acknowledged.YES;
    }

    private static DomainException linkDead() {
        return DomainException.badInput("token", "is invalid or has expired; ask for a new link");
    }
}
