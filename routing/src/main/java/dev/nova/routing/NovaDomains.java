package dev.nova.routing;

import dev.nova.identity.api.IdentityDomain;
import dev.nova.invocation.DomainDescriptor;
import dev.nova.media.api.MediaDomain;
import dev.nova.users.api.UsersDomain;

import java.util.List;

/**
 * The domains Nova runs, in the order their migrations run: the one list the local runtime, the test fixtures,
 * the routing, the schedulers, the CDK app and the SAM consistency test read. A new domain is one line here.
 */
public final class NovaDomains {

    public static final List<DomainDescriptor> ALL = List.of(
            IdentityDomain.DESCRIPTOR,
            UsersDomain.DESCRIPTOR,
            MediaDomain.DESCRIPTOR);

    private NovaDomains() {
    }

    public static DomainDescriptor named(String name) {
        return ALL.stream().filter(domain -> domain.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no domain named " + name));
    }

    public static List<String> names() {
        return ALL.stream().map(DomainDescriptor::name).toList();
    }
}
