package dev.nova.bench;

import dev.nova.events.LocalQueues;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import dev.nova.gateway.lambda.GatewayFunction;
import dev.nova.identity.adapter.in.lambda.IdentityFunction;
import dev.nova.identity.adapter.out.security.SigningKeyRotation;
import dev.nova.invocation.FunctionContexts;
import dev.nova.invocation.InProcessDomainInvoker;
import dev.nova.invocation.InvocationCodec;
import dev.nova.persistence.DataSourceSettings;
import dev.nova.persistence.SchemaProvisioning;
import dev.nova.routing.NovaRouting;
import dev.nova.standins.LocalPostgres;
import dev.nova.standins.LocalSqs;

import java.sql.Connection;
import java.time.Clock;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What account security costs, measured through the gateway's GraphQL-over-HTTP handler wired to identity as the
 * local runtime wires them (embedded PostgreSQL, ElasticMQ, argon2id, RS256), in process so that no socket time
 * blurs the figures:
 * <ul>
 *   <li>sign-in latency: {@code login} with a correct password, p50 and p90;</li>
 *   <li>access token verification in the gateway: the same {@code { __typename }} request with and without a
 *       bearer token, the difference being signature and claims checks plus the revocation lookup.</li>
 * </ul>
 * {@code ./mvnw -q package -DskipTests && java -cp bench/target/nova-bench.jar dev.nova.bench.SecurityBench
 * [--logins 50] [--requests 20000]}
 */
public final class SecurityBench {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");

    private SecurityBench() {
    }

    public static void main(String[] args) throws Exception {
        int logins = intArg(args, "--logins", 50);
        int requests = intArg(args, "--requests", 20_000);
        try (LocalPostgres postgres = LocalPostgres.ephemeral(); LocalSqs sqs = LocalSqs.start(0);
             IdentityFunction identity = new IdentityFunction(FunctionContexts.start("identity",
                     identityProperties(postgres, sqs)));
             GatewayFunction gateway = new GatewayFunction(FunctionContexts.start("gateway",
                     Map.of("nova.invoker.mode", "in-process"), new InProcessDomainInvoker(Map.of("identity", identity),
                             identity.context().getBean(InvocationCodec.class))))) {
            GatewayFunction http = gateway;
            String registered = post(http, null, "mutation { register(input: {email: \"bench@example.com\", "
                    + "username: \"bench\", password: \"measured passphrase\"}) { accessToken } }");
            if (!ACCESS_TOKEN.matcher(registered).find()) {
                throw new IllegalStateException("sign-up failed: " + registered);
            }
            String login = "mutation { login(input: {identifier: \"bench\", password: \"measured passphrase\"}) "
                    + "{ accessToken } }";
            for (int i = 0; i < 10; i++) {
                post(http, null, login);
            }
            long[] loginNanos = new long[logins];
            String token = null;
            for (int i = 0; i < logins; i++) {
                long start = System.nanoTime();
                String answer = post(http, null, login);
                loginNanos[i] = System.nanoTime() - start;
                Matcher found = ACCESS_TOKEN.matcher(answer);
                if (!found.find()) {
                    throw new IllegalStateException("login failed: " + answer);
                }
                token = found.group(1);
            }
            Arrays.sort(loginNanos);
            System.out.printf("| login, correct password (argon2id 19 MiB t=2 p=1) | %d | p50 %.1f ms "
                    + "| p90 %.1f ms |%n", logins, loginNanos[logins / 2] / 1e6,
                    loginNanos[(int) (logins * 0.9)] / 1e6);

            String typename = "{ __typename }";
            for (int i = 0; i < requests / 4; i++) {
                post(http, token, typename);
                post(http, null, typename);
            }
            long[] anonymous = new long[requests];
            long[] signedIn = new long[requests];
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                post(http, null, typename);
                long middle = System.nanoTime();
                post(http, token, typename);
                signedIn[i] = System.nanoTime() - middle;
                anonymous[i] = middle - start;
            }
            Arrays.sort(anonymous);
            Arrays.sort(signedIn);
            double anonymousMicros = anonymous[requests / 2] / 1e3;
            double signedInMicros = signedIn[requests / 2] / 1e3;
            System.out.printf("| `{ __typename }` without a token | %d | p50 %.1f µs | p90 %.1f µs |%n", requests,
                    anonymousMicros, anonymous[(int) (requests * 0.9)] / 1e3);
            System.out.printf("| `{ __typename }` with a bearer token | %d | p50 %.1f µs | p90 %.1f µs |%n", requests,
                    signedInMicros, signedIn[(int) (requests * 0.9)] / 1e3);
            System.out.printf("token verification in the gateway (p50 difference): %.1f µs%n",
                    signedInMicros - anonymousMicros);
        }
    }

    private static Map<String, Object> identityProperties(LocalPostgres postgres, LocalSqs sqs) throws Exception {
        SchemaProvisioning.DomainLogin login;
        try (Connection admin = postgres.adminDataSource("postgres").getConnection()) {
            login = SchemaProvisioning.ensure(admin, "identity");
        }
        Map<String, Object> properties = new HashMap<>(DataSourceSettings.migratedAtStart(postgres.jdbcUrl("postgres"),
                login.username(), login.password(), login.schema(), 8).asProperties());
        properties.putAll(LocalQueues.provision(sqs.endpoint(), NovaRouting.ROUTING, "", 30));
        properties.put("nova.identity.signing-keys", SigningKeyRotation.rotate(null, Clock.systemUTC()));
        properties.put("nova.identity.mail-directory", Files.createTempDirectory("nova-bench-mail").toString());
        properties.put("nova.identity.links-base-url", "http://localhost");
        return properties;
    }

    private static String post(GatewayFunction http, String token, String query) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/json");
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        String body = "{\"query\":\"" + query.replace("\"", "\\\"") + "\"}";
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withRawPath("/graphql")
                .withHeaders(headers)
                .withBody(body)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("POST").withPath("/graphql").withSourceIp("192.0.2.1").build())
                        .build())
                .build();
        return http.handleRequest(event, null).getBody();
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
