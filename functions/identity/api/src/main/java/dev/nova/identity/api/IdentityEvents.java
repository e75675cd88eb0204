package dev.nova.identity.api;

/** The events identity publishes through its outbox; aggregate type {@code Account}, aggregate id the account id. */
public final class IdentityEvents {

    public static final String AGGREGATE = "Account";

    /** An account was created: {@link UserRegistered}. */
    public static final String USER_REGISTERED = "UserRegistered";

    private IdentityEvents() {
    }
}
