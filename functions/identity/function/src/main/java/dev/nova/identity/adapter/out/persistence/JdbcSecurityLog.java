package dev.nova.identity.adapter.out.persistence;

import dev.nova.identity.api.SecurityEventView;
import dev.nova.identity.application.SecurityLog;
import dev.nova.identity.domain.SecurityEventType;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.Ids;
import dev.nova.persistence.Transactions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The security audit log in {@code identity.security_events}; ids are UUIDv7, so id order is time order. */
public final class JdbcSecurityLog implements SecurityLog {

    private final Transactions transactions;

    public JdbcSecurityLog(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(UUID accountId, SecurityEventType type, ClientInfo client, Instant at) {
        transactions.update("INSERT INTO security_events (id, account_id, type, client_address, user_agent, "
                + "occurred_at) VALUES (?, ?, ?, ?, ?, ?)", Ids.newId(), accountId, type.name(), client.address(),
                client.userAgent(), at);
    }

    @Override
    public List<SecurityEventView> of(UUID accountId, UUID afterId, int limit) {
        return transactions.list("SELECT id, type, client_address, user_agent, occurred_at FROM security_events "
                        + "WHERE account_id = ? AND (?::uuid IS NULL OR id < ?::uuid) ORDER BY id DESC LIMIT ?",
                row -> new SecurityEventView(row.getObject("id", UUID.class), row.getString("type"),
                        row.getString("client_address"), row.getString("user_agent"),
                        row.getTimestamp("occurred_at").toInstant()),
                accountId, afterId, afterId, limit);
    }
}
