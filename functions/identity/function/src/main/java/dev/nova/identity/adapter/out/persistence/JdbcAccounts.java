package dev.nova.identity.adapter.out.persistence;

import dev.nova.identity.application.Accounts;
import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.EmailAddress;
import dev.nova.identity.domain.Username;
import dev.nova.kernel.DomainException;
import dev.nova.persistence.SqlStates;
import dev.nova.persistence.Transactions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Accounts in {@code identity.accounts}; reserved usernames in {@code reserved_usernames}, provider links in
 * {@code external_identities}.
 */
public final class JdbcAccounts implements Accounts {

    private static final String COLUMNS = "a.id, a.email, a.username, a.password_hash, a.created_at, "
            + "a.email_verified_at, a.totp_secret, a.totp_last_step, a.roles";
    private static final String LIVE = "SELECT " + COLUMNS + " FROM accounts a WHERE a.deleted_at IS NULL AND ";

    private final Transactions transactions;

    public JdbcAccounts(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(Account account) {
        refuseReserved(account.username(), account.id(), account.createdAt());
        try {
            transactions.update("""
                    INSERT INTO accounts (id, email, email_normalized, username, username_normalized,
                                          password_hash, created_at, email_verified_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    account.id(), account.email().value(), account.email().normalized(),
                    account.username().value(), account.username().normalized(), account.passwordHash(),
                    account.createdAt(), account.emailVerifiedAt());
        } catch (RuntimeException e) {
            throw conflictOr(e);
        }
    }

    @Override
    public Optional<Account> byId(UUID id) {
        return transactions.one(LIVE + "a.id = ?", JdbcAccounts::account, id);
    }

    @Override
    public Optional<Account> byEmailOrUsername(String normalizedIdentifier) {
        String column = EmailAddress.looksLikeEmail(normalizedIdentifier) ? "email_normalized" : "username_normalized";
        return transactions.one(LIVE + "a." + column + " = ?", JdbcAccounts::account, normalizedIdentifier);
    }

    @Override
    public List<UUID> existing(Collection<UUID> ids) {
        return transactions.list("SELECT id FROM accounts WHERE id = ANY (?) AND deleted_at IS NULL",
                row -> row.getObject(1, UUID.class), ids);
    }

    @Override
    public boolean usernameAvailable(Username username, UUID forAccount, Instant now) {
        return transactions.one("""
                SELECT NOT EXISTS (SELECT 1 FROM accounts WHERE username_normalized = ?)
                   AND NOT EXISTS (SELECT 1 FROM reserved_usernames
                                   WHERE username_normalized = ? AND reserved_until > ? AND account_id <> ?)""",
                row -> row.getBoolean(1), username.normalized(), username.normalized(), now, forAccount)
                .orElse(false);
    }

    @Override
    public void setPassword(UUID id, String passwordHash) {
        transactions.update("UPDATE accounts SET password_hash = ? WHERE id = ? AND deleted_at IS NULL",
                passwordHash, id);
    }

    @Override
    public void verifyEmail(UUID id, EmailAddress email, Instant at) {
        try {
            transactions.update("UPDATE accounts SET email = ?, email_normalized = ?, email_verified_at = ? "
                    + "WHERE id = ? AND deleted_at IS NULL", email.value(), email.normalized(), at, id);
        } catch (RuntimeException e) {
            throw conflictOr(e);
        }
    }

    @Override
    public void changeUsername(UUID id, Username previous, Username next, Instant now, Instant reservedUntil) {
        refuseReserved(next, id, now);
        try {
            transactions.update("UPDATE accounts SET username = ?, username_normalized = ? "
                    + "WHERE id = ? AND deleted_at IS NULL", next.value(), next.normalized(), id);
        } catch (RuntimeException e) {
            throw conflictOr(e);
        }
        transactions.update("DELETE FROM reserved_usernames WHERE username_normalized = ?", next.normalized());
        if (!previous.normalized().equals(next.normalized())) {
            reserve(previous, id, reservedUntil);
        }
    }

    @Override
    public void delete(Account account, Instant now, Instant reservedUntil) {
        transactions.update("""
                UPDATE accounts SET deleted_at = ?, email = NULL, email_normalized = NULL, username = NULL,
                       username_normalized = NULL, password_hash = NULL, totp_secret = NULL,
                       totp_pending_secret = NULL, totp_last_step = NULL
                WHERE id = ? AND deleted_at IS NULL""", now, account.id());
        transactions.update("DELETE FROM external_identities WHERE account_id = ?", account.id());
        transactions.update("DELETE FROM recovery_codes WHERE account_id = ?", account.id());
        reserve(account.username(), account.id(), reservedUntil);
    }

    @Override
    public void setPendingTotp(UUID id, String secret) {
        transactions.update("UPDATE accounts SET totp_pending_secret = ? WHERE id = ?", secret, id);
    }

    @Override
    public Optional<String> pendingTotp(UUID id) {
        return transactions.one("SELECT totp_pending_secret FROM accounts WHERE id = ? AND deleted_at IS NULL "
                + "AND totp_pending_secret IS NOT NULL", row -> row.getString(1), id);
    }

    @Override
    public void enableTotp(UUID id, String secret, long acceptedStep) {
        transactions.update("UPDATE accounts SET totp_secret = ?, totp_pending_secret = NULL, totp_last_step = ? "
                + "WHERE id = ?", secret, acceptedStep, id);
    }

    @Override
    public void disableTotp(UUID id) {
        transactions.update("UPDATE accounts SET totp_secret = NULL, totp_pending_secret = NULL, "
                + "totp_last_step = NULL WHERE id = ?", id);
    }

    @Override
    public boolean acceptTotpStep(UUID id, long step) {
        return transactions.update("UPDATE accounts SET totp_last_step = ? WHERE id = ? AND totp_secret IS NOT NULL "
                + "AND (totp_last_step IS NULL OR totp_last_step < ?)", step, id, step) == 1;
    }

    @Override
    public Optional<Account> linkedTo(String provider, String subject) {
        return transactions.one("SELECT " + COLUMNS + " FROM external_identities x JOIN accounts a "
                + "ON a.id = x.account_id WHERE x.provider = ? AND x.subject = ? AND a.deleted_at IS NULL",
                JdbcAccounts::account, provider, subject);
    }

    @Override
    public void link(String provider, String subject, UUID accountId, Instant now) {
        transactions.update("INSERT INTO external_identities (provider, subject, account_id, created_at) "
                + "VALUES (?, ?, ?, ?)", provider, subject, accountId, now);
    }

    private void reserve(Username username, UUID accountId, Instant until) {
        transactions.update("""
                INSERT INTO reserved_usernames (username_normalized, account_id, reserved_until) VALUES (?, ?, ?)
                ON CONFLICT (username_normalized)
                DO UPDATE SET account_id = EXCLUDED.account_id, reserved_until = EXCLUDED.reserved_until""",
                username.normalized(), accountId, until);
    }

    private void refuseReserved(Username username, UUID accountId, Instant now) {
        boolean reserved = transactions.one("SELECT 1 FROM reserved_usernames WHERE username_normalized = ? "
                        + "AND reserved_until > ? AND account_id <> ?", row -> true, username.normalized(), now,
                accountId).isPresent();
        if (reserved) {
            throw usernameTaken();
        }
    }

    private static Account account(ResultSet row) throws SQLException {
        long step = row.getLong("totp_last_step");
        Long lastStep = row.wasNull() ? null : step;
        return new Account(row.getObject("id", UUID.class),
                new EmailAddress(row.getString("email")),
                new Username(row.getString("username")),
                row.getString("password_hash"),
                row.getTimestamp("created_at").toInstant(),
                instant(row.getTimestamp("email_verified_at")),
                row.getString("totp_secret"),
                lastStep,
                Set.of((String[]) row.getArray("roles").getArray()));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static RuntimeException conflictOr(RuntimeException e) {
        if (e.getCause() instanceof SQLException sql) {
            String constraint = SqlStates.violatedUniqueConstraint(sql).orElse("");
            if (constraint.equals("accounts_email_unique")) {
                return DomainException.conflict("email", "an account with this email already exists");
            }
            if (constraint.equals("accounts_username_unique")) {
                return usernameTaken();
            }
        }
        return e;
    }

    private static DomainException usernameTaken() {
        return DomainException.conflict("username", "this username is taken");
    }
}
