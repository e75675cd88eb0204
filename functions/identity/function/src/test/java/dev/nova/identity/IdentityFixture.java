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
import dev.nova.invocation.Operation;
import dev.nova.persistence.Transactions;
import dev.nova.testing.TestCalls;
import dev.nova.testing.TestClock;
import dev.nova.testing.TestIdentity;
import dev.nova.testing.TestIdentityProvider;
import dev.nova.testing.TestMailbox;
import dev.nova.testing.TestPostgres;
import dev.nova.testing.TestSqs;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** An identity function on a database of its own in the shared test PostgreSQL, called through JSON. */
final class IdentityFixture implements AutoCloseable, AfterAllCallback {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    static final String GOOGLE_CLIENT = "nova-test.apps.googleusercontent.com";
    static final String APPLE_CLIENT = "dev.nova.app";

    final String queuePrefix = "identity" + FIXTURES.incrementAndGet() + "-";
    final DataSourceSettings database;
    final IdentityFunction function;
    final InProcessDomainInvoker invoker;
    final TestClock clock = new TestClock();
    final TestMailbox mailbox;
    final TestIdentityProvider google = new TestIdentityProvider("https://accounts.google.test");
    final TestIdentityProvider apple = new TestIdentityProvider("https://appleid.apple.test");

    IdentityFixture() {
        this(Map.of());
    }

    IdentityFixture(Map<String, Object> overrides) {
        database = TestPostgres.newDomainDatabase("identity");
        Map<String, Object> properties = TestIdentity.properties(database);
        mailbox = new TestMailbox(Path.of((String) properties.get("nova.identity.mail-directory")));
        properties.put("nova.identity.reset-answer-floor", "150ms");
        provider(properties, "google", google, GOOGLE_CLIENT, false);
        provider(properties, "apple", apple, APPLE_CLIENT, true);
        properties.putAll(LocalQueues.provision(TestSqs.server().endpoint(), NovaRouting.ROUTING, queuePrefix, 30));
        properties.putAll(overrides);
        function = new IdentityFunction(FunctionContexts.start("identity", properties, clock));
        invoker = new InProcessDomainInvoker(Map.of("identity", function),
                function.context().getBean(InvocationCodec.class));
    }

    private static void provider(Map<String, Object> properties, String name, TestIdentityProvider provider,
                                 String clientId, boolean nonceHashed) {
        String prefix = "nova.identity.providers." + name + ".";
        properties.put(prefix + "issuers", provider.issuer());
        properties.put(prefix + "jwks-uri", provider.jwksUri().toString());
        properties.put(prefix + "client-ids", clientId);
        properties.put(prefix + "nonce-hashed", String.valueOf(nonceHashed));
    }

    static Caller anonymous() {
        return Caller.anonymous("test-" + UUID.randomUUID(), new ClientInfo("127.0.0.1", "junit"));
    }

    static Caller signedIn(UUID userId) {
        return Caller.user(userId, UUID.randomUUID(), "test-" + UUID.randomUUID(), Set.of(),
                new ClientInfo("127.0.0.1", "junit"));
    }

    /** Calls an identity operation as {@code caller}, waiting for the answer. */
    <Q, R> R call(Operation<Q, R> operation, Caller caller, Q request) {
        return TestCalls.call(invoker, operation, caller, request);
    }

    List<String> mailsTo(String address) {
        return mailbox.mailsTo(address);
    }

    String tokenMailedTo(String address, String page) {
        return mailbox.tokenMailedTo(address, page);
    }

    /** Statements identity has prepared on its database so far. */
    long statements() {
        return function.context().getBean(Transactions.class).statementsIssued();
    }

    /** Counts the rows {@code sql} selects, with one bound parameter. */
    long count(String sql, Object parameter) {
        return TestCalls.count(database, sql, parameter);
    }

    /** Changes rows with {@code sql}, one bound parameter; answers how many. */
    int update(String sql, Object parameter) {
        return TestCalls.update(database, sql, parameter);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        function.close();
        google.close();
        apple.close();
    }
}
