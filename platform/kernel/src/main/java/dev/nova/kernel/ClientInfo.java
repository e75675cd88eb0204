package dev.nova.kernel;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The client as the edge saw it: its address and user agent, used for sessions, throttling and the audit log.
 */
@Serdeable
public record ClientInfo(String address, String userAgent) {

    public static final ClientInfo UNKNOWN = new ClientInfo(null, null);

    private static final int MAX_USER_AGENT = 512;

    public ClientInfo {
        if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
            userAgent = userAgent.substring(0, MAX_USER_AGENT);
        }
    }
}
