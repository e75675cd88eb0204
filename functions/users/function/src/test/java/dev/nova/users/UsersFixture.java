package dev.nova.users;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.nova.events.EventConsumer;
import dev.nova.events.EventEnvelope;
import dev.nova.events.LocalQueues;
import dev.nova.identity.api.IdentityEvents;
import dev.nova.identity.api.UserRegistered;
import dev.nova.invocation.FunctionContexts;
import dev.nova.invocation.InProcessDomainInvoker;
import dev.nova.invocation.InvocationCodec;
import dev.nova.invocation.Operation;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.Ids;
import dev.nova.persistence.DataSourceSettings;
import dev.nova.persistence.Transactions;
import dev.nova.routing.NovaRouting;
import dev.nova.testing.LambdaRuntime;
import dev.nova.testing.TestCalls;
import dev.nova.testing.TestClock;
import dev.nova.testing.TestLimits;
import dev.nova.testing.TestPostgres;
import dev.nova.testing.TestSqs;
import dev.nova.users.adapter.in.lambda.UsersFunction;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** A users function on a database of its own, called through JSON, fed identity's events by hand. */
final class UsersFixture implements AutoCloseable, AfterAllCallback {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    final DataSourceSettings database = TestPostgres.newDomainDatabase("users");
    final TestClock clock = new TestClock();
    final UsersFunction function;
    final InProcessDomainInvoker invoker;
    final EventConsumer consumer;
    private final JsonMapper json;

    UsersFixture() {
        Map<String, Object> properties = new HashMap<>(database.asProperties());
        properties.putAll(TestLimits.RAISED);
        properties.putAll(LocalQueues.provision(TestSqs.server().endpoint(), NovaRouting.ROUTING,
                "users" + FIXTURES.incrementAndGet() + "-", 30));
        function = new UsersFunction(FunctionContexts.start("users", properties, clock));
        invoker = new InProcessDomainInvoker(Map.of("users", function),
                function.context().getBean(InvocationCodec.class));
        consumer = function.context().getBean(EventConsumer.class);
        json = function.context().getBean(JsonMapper.class);
    }

    /** A user identity registered, delivered to users as the queue would. */
    UUID registered(String username) {
        UUID id = Ids.newId();
        List<String> failed = consumer.consume(List.of(record(IdentityEvents.USER_REGISTERED, id,
                new UserRegistered(id, username, clock.instant()))));
        if (!failed.isEmpty()) {
            throw new IllegalStateException("UserRegistered was not consumed");
        }
        return id;
    }

    /** One SQS record holding an event of identity's about {@code accountId}. */
    SQSEvent.SQSMessage record(String type, UUID accountId, Object payload) {
        try {
            EventEnvelope envelope = new EventEnvelope(Ids.newId(), type, IdentityEvents.AGGREGATE,
                    accountId.toString(), 1, clock.instant(), "test", json.writeValueToTree(payload));
            return LambdaRuntime.sqsMessage(Ids.newId().toString(),
                    new String(json.writeValueAsBytes(envelope), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Caller as(UUID userId, String... roles) {
        return Caller.user(userId, UUID.randomUUID(), "test-" + UUID.randomUUID(), Set.of(roles),
                new ClientInfo("127.0.0.1", "junit"));
    }

    <Q, R> R call(Operation<Q, R> operation, Caller caller, Q request) {
        return TestCalls.call(invoker, operation, caller, request);
    }

    long statements() {
        return function.context().getBean(Transactions.class).statementsIssued();
    }

    long count(String sql, Object parameter) {
        return TestCalls.count(database, sql, parameter);
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
