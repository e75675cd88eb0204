package dev.nova.identity;

import dev.nova.identity.adapter.in.lambda.IdentityFunction;
import dev.nova.invocation.FunctionContexts;
import dev.nova.invocation.InProcessDomainInvoker;
import dev.nova.invocation.InvocationCodec;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.persistence.DataSourceSettings;
import dev.nova.testing.TestPostgres;
import dev.nova.testing.TestSigningKeys;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** An identity function on a database of its own in the shared test PostgreSQL, called through JSON. */
final class IdentityFixture implements AutoCloseable {

    final DataSourceSettings database;
    final IdentityFunction function;
    final InProcessDomainInvoker invoker;

    IdentityFixture() {
        database = TestPostgres.newDomainDatabase("identity");
        Map<String, Object> properties = new HashMap<>(database.asProperties());
        properties.put("nova.identity.signing-keys", TestSigningKeys.privateJwkSet());
        function = new IdentityFunction(FunctionContexts.start("identity", properties));
        invoker = new InProcessDomainInvoker(Map.of("identity", function),
                function.context().getBean(InvocationCodec.class));
    }

    static Caller anonymous() {
        return Caller.anonymous("test-" + UUID.randomUUID(), new ClientInfo("127.0.0.1", "junit"));
    }

    static Caller signedIn(UUID userId) {
        return Caller.user(userId, UUID.randomUUID(), "test-" + UUID.randomUUID(), Set.of(),
                new ClientInfo("127.0.0.1", "junit"));
    }

    @Override
    public void close() {
        function.close();
    }
}
