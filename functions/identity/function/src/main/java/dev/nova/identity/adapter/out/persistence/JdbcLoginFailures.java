package dev.nova.identity.adapter.out.persistence;

import dev.nova.identity.application.LoginFailures;
import dev.nova.persistence.Transactions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Failed sign-ins in {@code identity.login_failures}, read for throttling in one statement. */
public final class JdbcLoginFailures implements LoginFailures {

    private final Transactions transactions;

    public JdbcLoginFailures(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Recent since(String key, String address, Instant since) {
        return transactions.one("""
                SELECT count(*) FILTER (WHERE throttle_key = ?),
                       max(failed_at) FILTER (WHERE throttle_key = ?),
                       count(*) FILTER (WHERE throttle_key = ? AND client_address = ?),
                       max(failed_at) FILTER (WHERE throttle_key = ? AND client_address = ?),
                       count(*) FILTER (WHERE client_address = ?),
                       max(failed_at) FILTER (WHERE client_address = ?)
                FROM login_failures
                WHERE (throttle_key = ? OR client_address = ?) AND failed_at > ?""",
                JdbcLoginFailures::recent, key, key, key, address, key, address, address, address, key, address,
                since).orElseThrow();
    }

    @Override
    public void record(String key, String address, Instant at) {
        transactions.update("INSERT INTO login_failures (throttle_key, client_address, failed_at) VALUES (?, ?, ?)",
                key, address, at);
    }

    @Override
    public void clear(String key, String address) {
        transactions.update("DELETE FROM login_failures WHERE throttle_key = ? AND client_address = ?", key, address);
    }

    @Override
    public int prune(Instant before) {
        return transactions.update("DELETE FROM login_failures WHERE failed_at < ?", before);
    }

    private static Recent recent(ResultSet row) throws SQLException {
        return new Recent(row.getInt(1), instant(row.getTimestamp(2)), row.getInt(3), instant(row.getTimestamp(4)),
                row.getInt(5), instant(row.getTimestamp(6)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
