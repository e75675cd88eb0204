package dev.nova.identity;

import dev.nova.events.LocalQueues;
import dev.nova.identity.adapter.in.lambda.IdentityFunction;
import dev.nova.invocation.FunctionContexts;
import dev.nova.invocation.InProcessDomainInvoker;
import dev.nova.invocation.InvocationCodec;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.persistence.DataSourceSettings;
import dev.nova.routing.NovaRouting;
import dev.nova.testing.TestPostgres;
import dev.nova.testing.TestSqs;
import dev.nova.testing.TestSigningKeys;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** An identity function on a database of its own in the shared test PostgreSQL, called through JSON. */
final class IdentityFixture implements AutoCloseable, AfterAllCallback {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    final String queuePrefix = "identity" + FIXTURES.incrementAndGet() + "-";
    final DataSourceSettings database;
    final IdentityFunction function;
    final InProcessDomainInvoker invoker;

    IdentityFixture() {
        database = TestPostgres.newDomainDatabase("identity");
        Map<String, Object> properties = new HashMap<>(database.asProperties());
        properties.put("nova.identity.signing-keys", TestSigningKeys.privateJwkSet());
        properties.putAll(LocalQueues.provision(TestSqs.server().endpoint(), NovaRouting.ROUTING, queuePrefix, 30));
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

    /** Counts the rows {@code sql} selects, with one bound parameter. */
    long count(String sql, Object parameter) {
        try (Connection db = DriverManager.getConnection(database.url(), database.username(), database.password());
             PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        function.close();
    }
}
