package dev.nova.users.api;

import dev.nova.identity.api.IdentityEvents;
import dev.nova.invocation.DomainDescriptor;

import java.util.Set;

/** users as the rest of Nova knows it: profiles and the graph, kept in step with identity's accounts. */
public final class UsersDomain {

    /** The queue of identity's account events that users consumes. */
    public static final String IDENTITY_EVENTS_QUEUE = "users-identity-events";

    public static final DomainDescriptor DESCRIPTOR = DomainDescriptor.of(UsersApi.DOMAIN,
                    "functions/users/function/target/nova-users.jar",
                    "dev.nova.users.adapter.in.lambda.UsersFunction",
                    UsersEvents.ALL)
            .consuming("dev.nova.users.adapter.in.lambda.UsersEventsFunction",
                    new DomainDescriptor.Subscription(IDENTITY_EVENTS_QUEUE, Set.of(IdentityEvents.USER_REGISTERED,
                            IdentityEvents.USERNAME_CHANGED, IdentityEvents.USER_DELETED)));

    private UsersDomain() {
    }
}
