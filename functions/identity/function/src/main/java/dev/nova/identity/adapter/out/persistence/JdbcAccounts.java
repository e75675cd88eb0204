package dev.nova.identity.adapter.out.persistence;

import dev.nova.identity.application.Accounts;
import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.EmailAddress;
import dev.nova.identity.domain.Username;
import dev.nova.kernel.DomainException;
import dev.nova.persistence.SqlStates;
import dev.nova.persistence.Transactions;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/** Accounts in {@code identity.accounts}. */
public final class JdbcAccounts implements Accounts {

    private static final String COLUMNS = "id, email, username, password_hash, created_at";

    private final Transactions transactions;

    public JdbcAccounts(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(Account account) {
        transactions.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO accounts (id, email, email_normalized, username, username_normalized,
                                          password_hash, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setObject(1, account.id());
                insert.setString(2, account.email().value());
                insert.setString(3, account.email().normalized());
                insert.setString(4, account.username().value());
                insert.setString(5, account.username().normalized());
                insert.setString(6, account.passwordHash());
                insert.setTimestamp(7, Timestamp.from(account.createdAt()));
                return insert.executeUpdate();
            } catch (SQLException e) {
                throw conflictOr(e);
            }
        });
    }

    @Override
    public Optional<Account> byId(UUID id) {
        return one("SELECT " + COLUMNS + " FROM accounts WHERE id = ? AND deleted_at IS NULL", id);
    }

    @Override
    public Optional<Account> byEmailOrUsername(String normalizedIdentifier) {
        String column = EmailAddress.looksLikeEmail(normalizedIdentifier) ? "email_normalized" : "username_normalized";
        return one("SELECT " + COLUMNS + " FROM accounts WHERE " + column + " = ? AND deleted_at IS NULL",
                normalizedIdentifier);
    }

    private Optional<Account> one(String sql, Object parameter) {
        return transactions.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setObject(1, parameter);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(account(row)) : Optional.empty();
                }
            }
        });
    }

    private static Account account(ResultSet row) throws SQLException {
        return new Account(row.getObject("id", UUID.class),
                new EmailAddress(row.getString("email")),
                new Username(row.getString("username")),
                row.getString("password_hash"),
                row.getTimestamp("created_at").toInstant());
    }

    private static SQLException conflictOr(SQLException e) {
        String constraint = SqlStates.violatedUniqueConstraint(e).orElse("");
        if (constraint.equals("accounts_email_unique")) {
            throw DomainException.conflict("email", "an account with this email already exists");
        }
        if (constraint.equals("accounts_username_unique")) {
            throw DomainException.conflict("username", "this username is taken");
        }
        return e;
    }
}
