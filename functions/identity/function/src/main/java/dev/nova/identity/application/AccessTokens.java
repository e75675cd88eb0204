package dev.nova.identity.application;

import java.time.Duration;
import java.util.UUID;

/** Signs short-lived access tokens. */
public interface AccessTokens {

    String issue(UUID accountId, UUID sessionId);

    Duration lifetime();
}
