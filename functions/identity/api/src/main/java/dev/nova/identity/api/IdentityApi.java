package dev.nova.identity.api;

import dev.nova.invocation.NoInput;
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

    /** The caller's own account. */
    public static final Operation<NoInput, AccountView> ME =
            Operation.query(DOMAIN, "me", NoInput.class, AccountView.class);

    /** The public keys access tokens are signed with, for the gateway to verify them. */
    public static final Operation<NoInput, JsonWebKeySet> PUBLIC_KEYS =
            Operation.query(DOMAIN, "publicKeys", NoInput.class, JsonWebKeySet.class);

    private IdentityApi() {
    }
}
