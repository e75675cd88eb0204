package dev.nova.identity.api;

import dev.nova.invocation.NoInput;
import dev.nova.kernel.Page;
import dev.nova.kernel.PageRequest;
import io.micronaut.core.type.Argument;
import dev.nova.invocation.Operation;

/** The operations the identity domain serves. */
public final class IdentityApi {

    public static final String DOMAIN = "identity";

    /** Creates an account and signs it in. */
    public static final Operation<RegisterRequest, AuthResult> REGISTER =
            Operation.command(DOMAIN, "register", RegisterRequest.class, AuthResult.class);

    /** Signs in with an email or username and a password. */
    public static final Operation<LoginRequest, AuthResult> LOGIN =
            Operation.command(DOMAIN, "login", LoginRequest.class, AuthResult.class);

    /**
     * Rotates a refresh token: the presented one dies and a new pair is answered. Presenting a token that was
     * already rotated out revokes its whole session.
     */
    public static final Operation<RefreshRequest, AuthResult> REFRESH =
            Operation.command(DOMAIN, "refresh", RefreshRequest.class, AuthResult.class);

    /** Ends the caller's current session. */
    public static final Operation<NoInput, SessionsEnded> LOGOUT =
            Operation.command(DOMAIN, "logout", NoInput.class, SessionsEnded.class);

    /** Ends every session of the caller's account, this one included. */
    public static final Operation<NoInput, SessionsEnded> LOGOUT_EVERYWHERE =
            Operation.command(DOMAIN, "logoutEverywhere", NoInput.class, SessionsEnded.class);

    /** Ends one of the caller's own sessions; another account's session is NOT_FOUND. */
    public static final Operation<RevokeSessionRequest, SessionsEnded> REVOKE_SESSION =
            Operation.command(DOMAIN, "revokeSession", RevokeSessionRequest.class, SessionsEnded.class);

    /** The sessions revoked since a time (gateway only), so that their access tokens stop working at once. */
    public static final Operation<RevocationsRequest, Revocations> REVOKED_SESSIONS =
            Operation.query(DOMAIN, "revokedSessions", RevocationsRequest.class, Revocations.class);

    /** The caller's live sessions, newest first, a page at a time. */
    @SuppressWarnings("unchecked")
    public static final Operation<PageRequest, Page<SessionView>> SESSIONS = Operation.query(DOMAIN, "sessions",
            PageRequest.class, (Argument<Page<SessionView>>) (Argument<?>) Argument.of(Page.class, SessionView.class));

    /** The caller's own account. */
    public static final Operation<NoInput, AccountView> ME =
            Operation.query(DOMAIN, "me", NoInput.class, AccountView.class);

    /** The public keys access tokens are signed with, for the gateway to verify them. */
    public static final Operation<NoInput, JsonWebKeySet> PUBLIC_KEYS =
            Operation.query(DOMAIN, "publicKeys", NoInput.class, JsonWebKeySet.class);

    private IdentityApi() {
    }
}
