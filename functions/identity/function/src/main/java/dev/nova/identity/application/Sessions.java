package dev.nova.identity.application;

import dev.nova.identity.api.Revocations;
import dev.nova.identity.api.SessionView;
import dev.nova.identity.domain.Session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The sessions identity keeps, and the refresh tokens they have rotated out. */
public interface Sessions {

    void start(Session session);

    /** The session whose current refresh token has {@code hash}, locked for the rest of the transaction. */
    Optional<Session> byRefreshTokenHash(String hash);

    /** The session that once had a refresh token with {@code hash}, rotated out since. */
    Optional<Session> byRotatedTokenHash(String hash);

    /** Replaces the session's refresh token, remembering the old one as rotated. */
    void rotate(Session session, String newHash, Instant now);

    /** Ends the session early; answers whether it was live. */
    boolean revoke(UUID sessionId, Instant now, String reason);

    /** Ends the session if it is one of {@code accountId}'s live sessions; answers whether it did. */
    boolean revokeOwn(UUID accountId, UUID sessionId, Instant now, String reason);

    /** Ends every live session of the account; answers how many. */
    int revokeAll(UUID accountId, Instant now, String reason);

    /** Ends every live session of the account but {@code keep}; answers how many. */
    int revokeAllExcept(UUID accountId, UUID keep, Instant now, String reason);

    /** True when the account has signed in from {@code address} within {@code since}. */
    boolean signedInFrom(UUID accountId, String address, Instant since);

    /**
     * The account's live sessions, newest first, after the keyset position ({@code createdAt}, {@code id}) when
     * given, at most {@code limit}.
     */
    List<SessionView> liveOf(UUID accountId, Instant now, Instant afterCreatedAt, UUID afterId, int limit,
                             UUID currentSessionId);

    /** Sessions revoked after {@code since}, oldest first, at most {@code limit}. */
    List<Revocations.Revoked> revokedSince(Instant since, int limit);
}
