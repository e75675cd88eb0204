package dev.nova.bench;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.nova.events.LocalQueues;
import dev.nova.persistence.DomainMigrations;
import dev.nova.routing.NovaRouting;
import dev.nova.persistence.SchemaProvisioning;
import dev.nova.standins.LocalPostgres;
import dev.nova.standins.LocalSqs;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cold-start benchmark: time from launching a fresh JVM to the first GraphQL answer through the gateway's Lambda
 * entry, median of N runs per scenario, with default JVM flags and with an AppCDS archive plus
 * {@code -XX:TieredStopAtLevel=1}. PostgreSQL and ElasticMQ are started once, outside the timings (in AWS they are
 * already running).
 *
 * <p>The probes run on the deployable jars ({@code nova-graphql-api.jar}, {@code nova-identity.jar}), so the classes
 * loaded are those Lambda would load. Run from the project root:
 * {@code ./mvnw -q package -DskipTests && java -cp bench/target/nova-bench.jar dev.nova.bench.ColdStartBench}
 * {@code [--runs N]}.
 */
public final class ColdStartBench {

    private static final Path PROBES = Path.of("bench", "target", "nova-bench-probes.jar");
    private static final Path GATEWAY_JAR = Path.of("graphql-api", "target", "nova-graphql-api.jar");
    private static final Path IDENTITY_JAR = Path.of("functions", "identity", "function", "target",
            "nova-identity.jar");
    private static final Path EVENTS = Path.of("sam", "events");

    private ColdStartBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length == 2 && args[0].equals("--runs") ? Integer.parseInt(args[1]) : 7;
        Path work = Files.createTempDirectory("nova-cold-start");
        try (LocalPostgres postgres = LocalPostgres.ephemeral(); LocalSqs sqs = LocalSqs.start(0)) {
            Map<String, String> env = identityEnvironment(postgres);
            LocalQueues.provision(sqs.endpoint(), NovaRouting.ROUTING, "", 30);
            // micronaut-aws-sdk-v2's aws.services.sqs.endpoint-override, as an environment variable; a stand-in
            // checks no credentials, but the SDK's default chain wants some.
            env.put("AWS_SERVICES_SQS_ENDPOINT_OVERRIDE", sqs.endpoint().toString());
            env.put("AWS_ACCESS_KEY_ID", "local");
            env.put("AWS_SECRET_ACCESS_KEY", "local");
            DataSource admin = postgres.adminDataSource("postgres");
            System.out.printf("| scenario | JVM flags | median (ms) | min | max | first request after init, median (ms) | runs |%n"
                    + "|---|---|---|---|---|---|---|%n");
            for (String scenario : List.of("gateway", "gateway+identity")) {
                String event = EVENTS.resolve(scenario.equals("gateway") ? "gateway-typename-get.json"
                        : "gateway-register.json").toString();
                measure(scenario, "default", List.of(), event, env, admin, runs);
                Path archive = work.resolve(scenario.replace('+', '-') + ".jsa");
                launch(List.of("-XX:ArchiveClassesAtExit=" + archive), scenario, event, env, admin);
                measure(scenario, "AppCDS + TieredStopAtLevel=1",
                        List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1"), event, env, admin,
                        runs);
            }
        }
    }

    private static void measure(String scenario, String label, List<String> flags, String event,
                                Map<String, String> env, DataSource admin, int runs) throws Exception {
        List<Long> millis = new ArrayList<>();
        List<Long> firstRequests = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long[] run = launch(flags, scenario, event, env, admin);
            millis.add(run[0]);
            firstRequests.add(run[1]);
        }
        Collections.sort(millis);
        Collections.sort(firstRequests);
        System.out.printf("| %s | %s | %d | %d | %d | %d | %d |%n", scenario, label, millis.get(runs / 2),
                millis.get(0), millis.get(runs - 1), firstRequests.get(runs / 2), runs);
    }

    /** One fresh JVM: milliseconds from launch to the answer, and the first request's own milliseconds. */
    private static long[] launch(List<String> flags, String scenario, String event, Map<String, String> env,
                               DataSource admin) throws Exception {
        try (Connection db = admin.getConnection(); Statement sql = db.createStatement()) {
            sql.execute("TRUNCATE identity.accounts, identity.outbox, identity.outbox_sequences CASCADE");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xshare:auto"));
        command.addAll(flags);
        boolean alone = scenario.equals("gateway");
        String classPath = alone ? PROBES + ":" + GATEWAY_JAR : PROBES + ":" + GATEWAY_JAR + ":" + IDENTITY_JAR;
        String probe = alone ? GatewayColdStart.class.getName() : SignUpColdStart.class.getName();
        command.addAll(List.of("-cp", classPath, probe, event));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        long started = System.nanoTime();
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith("ANSWERED")) {
                    long elapsed = (System.nanoTime() - started) / 1_000_000;
                    if (process.waitFor() != 0) {
                        throw new IllegalStateException(scenario + " answered an error: " + line);
                    }
                    return new long[] {elapsed, Long.parseLong(line.split(" ")[1])};
                }
            }
        }
        throw new IllegalStateException(scenario + " exited with " + process.waitFor() + " and no answer:\n" + output);
    }

    private static Map<String, String> identityEnvironment(LocalPostgres postgres) throws Exception {
        SchemaProvisioning.DomainLogin login;
        try (Connection admin = postgres.adminDataSource("postgres").getConnection()) {
            login = SchemaProvisioning.ensure(admin, "identity");
        }
        DomainMigrations.migrate(postgres.adminDataSource("postgres"), "identity");
        try (Connection admin = postgres.adminDataSource("postgres").getConnection();
             Statement sql = admin.createStatement()) {
            sql.execute("GRANT ALL ON ALL TABLES IN SCHEMA identity TO " + login.username());
            sql.execute("GRANT ALL ON ALL SEQUENCES IN SCHEMA identity TO " + login.username());
        }
        Map<String, String> env = new HashMap<>();
        env.put("NOVA_DB_URL", postgres.jdbcUrl("postgres"));
        env.put("NOVA_DB_USER", login.username());
        env.put("NOVA_DB_PASSWORD", login.password());
        env.put("NOVA_SIGNING_KEYS", new JWKSet(new RSAKeyGenerator(2048).keyID("bench")
                .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate()).toString(false));
        env.put("NOVA_LOG_LEVEL", "WARN");
        env.put("AWS_REGION", "eu-west-1");
        env.put("NOVA_MAIL_DIRECTORY", Files.createTempDirectory("nova-bench-mail").toString());
        return env;
    }
}
