package dev.nova.kernel;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling and on behalf of which request. Built by the gateway from a verified access token and passed
 * to every domain operation; domains decide authorization from it and never parse tokens.
 *
 * @param userId        the signed-in account, or null for an anonymous caller
 * @param sessionId     the session the access token belongs to, or null
 * @param correlationId the request's correlation id, carried into every log line and event
 * @param roles         roles granted by identity (for example {@code moderator})
 * @param client        the client's address and user agent as the edge saw them
 */
@Serdeable
public record Caller(UUID userId, UUID sessionId, String correlationId, Set<String> roles, ClientInfo client) {

    /** The role of Nova's own parts calling a domain (schedulers, the gateway's housekeeping), never of a user. */
    public static final String SYSTEM_ROLE = "system";

    /** Staff who read and resolve reports. */
    public static final String MODERATOR_ROLE = "moderator";

    /** The roles an account can hold, and so the only ones an access token may bring into a caller. */
    public static final Set<String> ACCOUNT_ROLES = Set.of(MODERATOR_ROLE);

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        client = client == null ? ClientInfo.UNKNOWN : client;
    }

    public static Caller anonymous(String correlationId, ClientInfo client) {
        return new Caller(null, null, correlationId, Set.of(), client);
    }

    /** Nova itself, calling a domain for its own housekeeping. */
    public static Caller system(String correlationId) {
        return new Caller(null, null, correlationId, Set.of(SYSTEM_ROLE), ClientInfo.UNKNOWN);
    }

    public static Caller user(UUID userId, UUID sessionId, String correlationId, Set<String> roles, ClientInfo client) {
        return new Caller(userId, sessionId, correlationId, roles, client);
    }

    public boolean isAuthenticated() {
        return userId != null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The signed-in user's id, or {@code UNAUTHENTICATED}. */
    public UUID requireUser() {
        if (userId == null) {
            throw DomainException.unauthenticated("sign in to do this");
        }
        return userId;
    }
}
