package dev.nova.identity.adapter.out.persistence;

import dev.nova.identity.api.SecurityEventView;
import dev.nova.identity.application.SecurityLog;
import dev.nova.identity.domain.SecurityEventType;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.Ids;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The security audit log in {@code identity.security_events}, through {@link SecurityEventRepository}. */
public final class JdbcSecurityLog implements SecurityLog {

    private final SecurityEventRepository events;

    public JdbcSecurityLog(SecurityEventRepository events) {
        this.events = events;
    }

    @Override
    public void record(UUID accountId, SecurityEventType type, ClientInfo client, Instant at) {
        events.insert(Ids.newId(), accountId, type.name(), client.address(), client.userAgent(), at);
    }

    @Override
    public List<SecurityEventView> of(UUID accountId, UUID afterId, int limit) {
        return events.findPage(accountId, afterId, limit);
    }
}
