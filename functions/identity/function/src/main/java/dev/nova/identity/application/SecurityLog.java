package dev.nova.identity.application;

import dev.nova.identity.api.SecurityEventView;
import dev.nova.identity.domain.SecurityEventType;
import dev.nova.kernel.ClientInfo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The security audit log. */
public interface SecurityLog {

    void record(UUID accountId, SecurityEventType type, ClientInfo client, Instant at);

    /** The account's entries, newest first, after the entry {@code afterId} when given, at most {@code limit}. */
    List<SecurityEventView> of(UUID accountId, UUID afterId, int limit);
}
