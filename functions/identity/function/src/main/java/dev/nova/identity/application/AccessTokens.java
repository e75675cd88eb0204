package dev.nova.identity.application;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/** Signs short-lived access tokens. */
public interface AccessTokens {

    /** An access token for the session, carrying the account's roles. */
    String issue(UUID accountId, UUID sessionId, Set<String> roles);

    Duration lifetime();
}
