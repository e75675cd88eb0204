package dev.nova.identity.adapter.out.persistence;

import dev.nova.identity.application.Accounts;
import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.EmailAddress;
import dev.nova.identity.domain.Username;
import dev.nova.kernel.DomainException;
import dev.nova.persistence.SqlStates;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Accounts in {@code identity.accounts}; reserved usernames in {@code reserved_usernames}, provider links in
 * {@code external_identities}; through {@link AccountRepository}. A unique violation on the email or username is
 * the typed conflict the caller sees.
 */
public final class JdbcAccounts implements Accounts {

    private final AccountRepository accounts;
    private final RecoveryCodeRepository recoveryCodes;

    public JdbcAccounts(AccountRepository accounts, RecoveryCodeRepository recoveryCodes) {
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
    }

    @Override
    public void add(Account account) {
        refuseReserved(account.username(), account.id(), account.createdAt());
        try {
            accounts.insert(account.id(), account.email().value(), account.email().normalized(),
                    account.username().value(), account.username().normalized(), account.passwordHash(),
                    account.createdAt(), account.emailVerifiedAt());
        } catch (RuntimeException e) {
            throw conflictOr(e);
        }
    }

    @Override
    public Optional<Account> byId(UUID id) {
        return accounts.findLive(id).map(AccountRow::account);
    }

    @Override
    public Optional<Account> byEmailOrUsername(String normalizedIdentifier) {
        return (EmailAddress.looksLikeEmail(normalizedIdentifier) ? accounts.findByEmail(normalizedIdentifier)
                : accounts.findByUsername(normalizedIdentifier)).map(AccountRow::account);
    }

    @Override
    public List<UUID> existing(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : accounts.findExisting(ids);
    }

    @Override
    public boolean usernameAvailable(Username username, UUID forAccount, Instant now) {
        return accounts.usernameAvailable(username.normalized(), forAccount, now);
    }

    @Override
    public void setPassword(UUID id, String passwordHash) {
        accounts.setPassword(id, passwordHash);
    }

    @Override
    public void verifyEmail(UUID id, EmailAddress email, Instant at) {
        try {
            accounts.setVerifiedEmail(id, email.value(), email.normalized(), at);
        } catch (RuntimeException e) {
            throw conflictOr(e);
        }
    }

    @Override
    public void changeUsername(UUID id, Username previous, Username next, Instant now, Instant reservedUntil) {
        refuseReserved(next, id, now);
        try {
            accounts.setUsername(id, next.value(), next.normalized());
        } catch (RuntimeException e) {
            throw conflictOr(e);
        }
        accounts.release(next.normalized());
        if (!previous.normalized().equals(next.normalized())) {
            accounts.reserve(previous.normalized(), id, reservedUntil);
        }
    }

    @Override
    public void delete(Account account, Instant now, Instant reservedUntil) {
        accounts.markDeleted(account.id(), now);
        accounts.deleteLinksOf(account.id());
        recoveryCodes.deleteAll(account.id());
        accounts.reserve(account.username().normalized(), account.id(), reservedUntil);
    }

    @Override
    public void setPendingTotp(UUID id, String secret) {
        accounts.setPendingTotp(id, secret);
    }

    @Override
    public Optional<String> pendingTotp(UUID id) {
        return accounts.findPendingTotp(id);
    }

    @Override
    public void enableTotp(UUID id, String secret, long acceptedStep) {
        accounts.enableTotp(id, secret, acceptedStep);
    }

    @Override
    public void disableTotp(UUID id) {
        accounts.disableTotp(id);
    }

    @Override
    public boolean acceptTotpStep(UUID id, long step) {
        return accounts.acceptTotpStep(id, step) == 1;
    }

    @Override
    public Optional<Account> linkedTo(String provider, String subject) {
        return accounts.findLinkedTo(provider, subject).map(AccountRow::account);
    }

    @Override
    public void link(String provider, String subject, UUID accountId, Instant now) {
        accounts.insertLink(provider, subject, accountId, now);
    }

    private void refuseReserved(Username username, UUID accountId, Instant now) {
        if (accounts.reservedForAnother(username.normalized(), accountId, now)) {
            throw usernameTaken();
        }
    }

    private static RuntimeException conflictOr(RuntimeException e) {
        String constraint = SqlStates.violatedUniqueConstraint(e).orElse("");
        if (constraint.equals("accounts_email_unique")) {
            return DomainException.conflict("email", "an account with this email already exists");
        }
        if (constraint.equals("accounts_username_unique")) {
            return usernameTaken();
        }
        return e;
    }

    private static DomainException usernameTaken() {
        return DomainException.conflict("username", "this username is taken");
    }
}
