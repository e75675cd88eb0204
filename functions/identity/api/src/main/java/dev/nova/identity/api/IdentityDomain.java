package dev.nova.identity.api;

import dev.nova.invocation.DomainDescriptor;

/** identity as the rest of Nova knows it: accounts, sessions and signing keys; it consumes no events. */
public final class IdentityDomain {

    public static final DomainDescriptor DESCRIPTOR = DomainDescriptor.of(IdentityApi.DOMAIN,
            "functions/identity/function/target/nova-identity.jar",
            "dev.nova.identity.adapter.in.lambda.IdentityFunction",
            IdentityEvents.ALL);

    private IdentityDomain() {
    }
}
