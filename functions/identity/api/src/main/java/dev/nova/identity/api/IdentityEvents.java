package dev.nova.identity.api;

/** The events identity publishes through its outbox; aggregate type {@code Account}, aggregate id the account id. */
public final class IdentityEvents {

    public static final String AGGREGATE = "Account";

    /** An account was created: {@link UserRegistered}. */
    public static final String USER_REGISTERED = "UserRegistered";

    /** An account verified its email address: {@link UserEmailVerified}. */
    public static final String USER_EMAIL_VERIFIED = "UserEmailVerified";

    /** An account changed its username: {@link UsernameChanged}. */
    public static final String USERNAME_CHANGED = "UsernameChanged";

    /** An account was deleted: {@link UserDeleted}. */
    public static final String USER_DELETED = "UserDeleted";

    private IdentityEvents() {
    }
}
