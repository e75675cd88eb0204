package dev.nova.identity.api;

import java.util.Set;

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

    /** Every type above: what the CDK app lets this domain's relay send. */
    public static final Set<String> ALL = Set.of(USER_REGISTERED, USER_EMAIL_VERIFIED, USERNAME_CHANGED, USER_DELETED);

    private IdentityEvents() {
    }
}
