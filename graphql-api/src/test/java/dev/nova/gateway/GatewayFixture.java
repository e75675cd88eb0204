package dev.nova.gateway;

import dev.nova.events.EventConsumer;
import dev.nova.events.LocalConsumers;
import dev.nova.events.LocalQueues;
import dev.nova.gateway.lambda.GatewayFunction;
import dev.nova.identity.adapter.in.lambda.IdentityFunction;
import dev.nova.identity.api.IdentityApi;
import dev.nova.invocation.DomainDescriptor;
import dev.nova.invocation.DomainEndpoint;
import dev.nova.invocation.DomainFunction;
import dev.nova.invocation.FunctionContexts;
import dev.nova.invocation.InProcessDomainInvoker;
import dev.nova.invocation.InvocationCodec;
import dev.nova.media.api.MediaApi;
import dev.nova.persistence.DataSourceSettings;
import dev.nova.persistence.Transactions;
import dev.nova.routing.NovaDomains;
import dev.nova.routing.NovaRouting;
import dev.nova.testing.TestIdentity;
import dev.nova.testing.TestLimits;
import dev.nova.testing.TestMailbox;
import dev.nova.testing.TestPostgres;
import dev.nova.testing.TestS3;
import dev.nova.testing.TestSqs;
import dev.nova.users.adapter.in.lambda.UsersFunction;
import dev.nova.users.api.UsersApi;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway wired to real identity and users functions (on the shared test PostgreSQL) through the in-process
 * invoker, as the local runtime wires them, and served over HTTP by Micronaut's Netty server on a loopback port:
 * every request a test sends goes through the same router, filter and controller as in the local runtime and, for
 * the Lambda entry, as {@link GatewayFunction} events. Use it as {@code @RegisterExtension static final GatewayFixture nova = new
 * GatewayFixture();}: it starts with the test class and stops after it.
 */
public final class GatewayFixture implements AutoCloseable, AfterAllCallback {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    public final IdentityFunction identity;
    public final UsersFunction users;
    public final DataSourceSettings identityDatabase;
    public final GatewayFunction gateway;
    public final URI graphql;
    public final JsonMapper json;
    public final TestMailbox mailbox;

    private final List<DomainFunction> functions = new ArrayList<>();
    private final AtomicLong usersCalls = new AtomicLong();
    private final LocalConsumers eventSources;
    private final SqsClient sqs = TestSqs.client();
    private final EmbeddedServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    public GatewayFixture() {
        this(Map.of());
    }

    /** A fixture whose gateway also takes {@code gatewayProperties} ({@code nova.gateway.persisted-queries}, say). */
    public GatewayFixture(Map<String, Object> gatewayProperties) {
        String prefix = "gateway" + FIXTURES.incrementAndGet() + "-";
        Map<String, Object> queues = LocalQueues.provision(TestSqs.server().endpoint(), NovaRouting.ROUTING, prefix,
                30);
        identityDatabase = TestPostgres.newDomainDatabase(IdentityApi.DOMAIN);
        Map<String, Object> identityProperties = TestIdentity.properties(identityDatabase);
        mailbox = new TestMailbox(Path.of((String) identityProperties.get("nova.identity.mail-directory")));
        Map<String, DomainEndpoint> endpoints = new LinkedHashMap<>();
        Map<String, EventConsumer> consumers = new HashMap<>();
        for (DomainDescriptor domain : NovaDomains.ALL) {
            Map<String, Object> properties = domain.name().equals(IdentityApi.DOMAIN) ? identityProperties
                    : new HashMap<>(TestPostgres.newDomainDatabase(domain.name()).asProperties());
            properties.putAll(queues);
            properties.putAll(TestLimits.RAISED);
            if (domain.name().equals(MediaApi.DOMAIN)) {
                properties.putAll(TestS3.mediaProperties());
            }
            DomainFunction function = DomainFunction.start(domain, properties);
            endpoints.put(domain.name(), !domain.name().equals(UsersApi.DOMAIN) ? function : bytes -> {
                usersCalls.incrementAndGet();
                return function.handle(bytes);
            });
            this.functions.add(function);
            function.context().findBean(EventConsumer.class).ifPresent(c -> consumers.put(domain.name(), c));
        }
        identity = (IdentityFunction) functions.stream().filter(IdentityFunction.class::isInstance).findFirst()
                .orElseThrow();
        users = (UsersFunction) functions.stream().filter(UsersFunction.class::isInstance).findFirst().orElseThrow();
        eventSources = new LocalConsumers(sqs, NovaRouting.ROUTING, prefix, consumers);
        InProcessDomainInvoker invoker = new InProcessDomainInvoker(endpoints,
                identity.context().getBean(InvocationCodec.class));
        Map<String, Object> properties = new HashMap<>(Map.of("nova.invoker.mode", "in-process",
                "nova.gateway.introspection", true, "nova.gateway.shed-burst", 0, "micronaut.server.host", "127.0.0.1",
                "micronaut.server.port", -1));
        properties.putAll(gatewayProperties);
        gateway = new GatewayFunction(FunctionContexts.start(GatewayFunction.ENVIRONMENT, properties, invoker));
        server = gateway.context().getBean(EmbeddedServer.class).start();
        graphql = URI.create("http://127.0.0.1:" + server.getPort() + "/graphql");
        json = gateway.context().getBean(JsonMapper.class);
    }

    /** POSTs a GraphQL request asking for the GraphQL response media type. */
    public HttpReply post(String token, String query, Map<String, Object> variables) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Accept", "application/graphql-response+json");
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return call("POST", headers, Map.of(), write(body));
    }

    /** Sends one request to {@code /graphql} with the given query-string parameters. */
    public HttpReply call(String method, Map<String, String> headers, Map<String, String> parameters, byte[] body) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.length() == 0 ? "?" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(graphql + query.toString()))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> received = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            response.headers().map().forEach((name, values) -> received.put(name, values.get(0)));
            return new HttpReply(response.statusCode(), received, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Map<String, Object> read(HttpReply reply) {
        try {
            return json.readValue(reply.body(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

@SuppressWarnings("unchecked")
    public Map<String, Object> data(HttpReply reply, String field) {
        Map<String, Object> body = read(reply);
        assertThat(body).as(reply.bodyText()).doesNotContainKey("errors");
        return (Map<String, Object>) ((Map<String, Object>) body.get("data")).get(field);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> extensions(HttpReply reply) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) read(reply).get("errors");
        assertThat(errors).as(reply.bodyText()).hasSize(1);
        return (Map<String, Object>) errors.get(0).get("extensions");
    }

    public String code(HttpReply reply) {
        return (String) extensions(reply).get("code");
    }

    @SuppressWarnings("unchecked")
    public String message(HttpReply reply) {
        return (String) ((List<Map<String, Object>>) read(reply).get("errors")).get(0).get("message");
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Registered with {@code @RegisterExtension}, the fixture closes after its test class. */
    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Calls the gateway has made to users so far. */
    public long usersCalls() {
        return usersCalls.get();
    }

    /** Statements users has prepared on its database so far. */
    public long usersStatements() {
        return users.context().getBean(Transactions.class).statementsIssued();
    }

    @Override
    public void close() {
        eventSources.close();
        server.stop();
        gateway.close();
        functions.forEach(DomainFunction::close);
    }
}
