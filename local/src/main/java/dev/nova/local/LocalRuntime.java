package dev.nova.local;

import dev.nova.events.EventConsumer;
import dev.nova.events.LocalConsumers;
import dev.nova.events.LocalQueues;
import dev.nova.gateway.lambda.GatewayFunction;
import dev.nova.identity.api.IdentityApi;
import dev.nova.invocation.AwsStandIns;
import dev.nova.invocation.DomainDescriptor;
import dev.nova.invocation.DomainEndpoint;
import dev.nova.invocation.DomainFunction;
import dev.nova.invocation.FunctionContexts;
import dev.nova.invocation.InProcessDomainInvoker;
import dev.nova.invocation.InvocationCodec;
import dev.nova.media.api.MediaApi;
import dev.nova.routing.NovaDomains;
import dev.nova.routing.NovaRouting;
import dev.nova.schedulers.OutboxSweeps;
import dev.nova.standins.LocalPostgres;
import dev.nova.standins.LocalS3;
import dev.nova.standins.LocalSqs;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * All of Nova in one JVM: embedded PostgreSQL, ElasticMQ and S3Proxy, each domain function in its own application
 * context with its own schema and role (as in its own Lambda), the queues the event routing declares, the outbox
 * sweeper on a timer, pollers feeding each domain's event consumer, the gateway wired to the functions in-process,
 * and an HTTP front on localhost. Everything it keeps lives under one data folder, so a restart finds its data
 * again.
 */
public final class LocalRuntime implements AutoCloseable {

    /** Set in the gateway's context here only: turns on what the local runtime serves beside the API. */
    static final String LOCAL_PROPERTY = "nova.local.enabled";
    static final String S3_ACCESS_KEY = "nova-local";
    static final String S3_SECRET_KEY = "nova-local-secret";
    /** The bucket creators upload to, as media names it here. */
    static final String UPLOADS_BUCKET = "nova-uploads";
    /** The bucket what media serves is kept in here. */
    static final String MEDIA_BUCKET = "nova-media";

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final LocalOptions options;
    private final LocalDatabase database;
    private final LocalSqs sqs;
    private final LocalS3 s3;
    private final EmbeddedServer http;

    private LocalRuntime(LocalOptions options) {
        this.options = options;
        try {
            started.push(lock(options.dataDir()));
            LocalPostgres postgres = remember(LocalPostgres.persistent(options.dataDir().resolve("postgres")));
            database = new LocalDatabase(postgres);
            sqs = remember(LocalSqs.persistent(options.dataDir().resolve("sqs"), 0));
            s3 = remember(LocalS3.persistent(options.dataDir().resolve("s3"), 0, S3_ACCESS_KEY, S3_SECRET_KEY));
            Map<String, Object> queueProperties = LocalQueues.provision(sqs.endpoint(), NovaRouting.ROUTING, "", 30);
            Map<String, DomainEndpoint> functions = new LinkedHashMap<>();
            Map<String, EventConsumer> consumers = new HashMap<>();
            ApplicationContext first = null;
            for (DomainDescriptor domain : NovaDomains.ALL) {
                DomainFunction function = remember(DomainFunction.start(domain,
                        domainProperties(domain.name(), queueProperties)));
                functions.put(domain.name(), function);
                function.context().findBean(EventConsumer.class)
                        .ifPresent(consumer -> consumers.put(domain.name(), consumer));
                first = first == null ? function.context() : first;
            }
            InProcessDomainInvoker invoker = new InProcessDomainInvoker(functions,
                    first.getBean(InvocationCodec.class));
            // What Lambda's SQS event sources do, with a domain context's own SQS client.
            SqsClient queues = first.getBean(SqsClient.class);
            remember(new LocalConsumers(queues, NovaRouting.ROUTING, "", consumers));
            remember(new LocalSweeper(new OutboxSweeps(invoker, NovaDomains.names()), 2));
            GatewayFunction gateway = remember(new GatewayFunction(FunctionContexts.start(GatewayFunction.ENVIRONMENT,
                    gatewayProperties(), invoker)));
            http = startHttp(gateway);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public static LocalRuntime start(LocalOptions options) {
        return new LocalRuntime(options);
    }

    public int port() {
        return http.getPort();
    }

    /** The S3 stand-in's address: presigned uploads go here. */
    public URI s3Endpoint() {
        return s3.endpoint();
    }

    /** The SQS stand-in's address. */
    public URI sqsEndpoint() {
        return sqs.endpoint();
    }

    /** Where everything is, for the person who started it. */
    public String describe() {
        return String.join(System.lineSeparator(),
                "Nova is running locally.",
                "  GraphQL     http://localhost:" + port() + "/graphql",
                "  GraphiQL    http://localhost:" + port() + "/graphiql",
                "  PostgreSQL  " + database.jdbcUrl() + "  (user postgres, one schema per domain)",
                "  SQS         " + sqs.endpoint() + "  (ElasticMQ)",
                "  S3          " + s3.endpoint() + "  (S3Proxy, access key " + S3_ACCESS_KEY + ")",
                "  Data        " + options.dataDir(),
                "Press Ctrl-C to stop.");
    }

    /**
     * The gateway as the local runtime serves it: introspection and GraphiQL on, Netty on loopback with timeouts
     * that close a slow or half-sent request's connection without holding up anyone else's.
     */
    private Map<String, Object> gatewayProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("nova.invoker.mode", "in-process");
        properties.put("nova.gateway.introspection", true);
        // Every local client is this machine (the app, curl, a benchmark): per-address shedding would only shed them.
        properties.put("nova.gateway.shed-burst", 0);
        properties.put(LOCAL_PROPERTY, true);
        properties.put("graphql.graphiql.enabled", true);
        properties.put("graphql.graphiql.template-path", "classpath:dev/nova/local/graphiql.html");
        properties.put("micronaut.server.host", "127.0.0.1");
        properties.put("micronaut.server.port", options.port() == 0 ? -1 : options.port());
        // Micronaut's Netty pipeline closes a connection only on "all idle" (nothing read and nothing written for
        // idle-timeout); read- and write-idle only raise events. So a half-sent request, or a kept-alive connection
        // left quiet, is closed after 20 s. (Node's keep-alive timeout is 5 s, nginx's 75 s.)
        properties.put("micronaut.server.idle-timeout", "20s");
        properties.put("micronaut.server.netty.max-header-size", 16 * 1024);
        return properties;
    }

    private EmbeddedServer startHttp(GatewayFunction gateway) {
        EmbeddedServer server = gateway.context().getBean(EmbeddedServer.class);
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot listen on 127.0.0.1:" + options.port() + " (is it taken?)", e);
        }
        // Not stopped here: closing the gateway's context stops its server, in the lock order Micronaut's own
        // shutdown hook uses (context, then server); stopping the server first deadlocked against that hook.
        return server;
    }

    /** A domain's database login, the event queues' settings, and what the domain needs only here. */
    private Map<String, Object> domainProperties(String domain, Map<String, Object> queueProperties) {
        Map<String, Object> properties = new HashMap<>(database.forDomain(domain).asProperties());
        properties.putAll(queueProperties);
        // Every local client is the one loopback address: limits per address and per user are raised 100-fold,
        // so that seeding a few dozen accounts works; the mechanism itself runs as in AWS.
        properties.put("nova.rate-limits.scale", 100);
        if (domain.equals(IdentityApi.DOMAIN)) {
            properties.putAll(identityProperties());
        }
        if (domain.equals(MediaApi.DOMAIN)) {
            // After the queues' properties: both set the AWS keys, and S3Proxy checks its own.
            properties.putAll(AwsStandIns.s3(s3.createBucket(UPLOADS_BUCKET).createBucket(MEDIA_BUCKET).endpoint(),
                    S3_ACCESS_KEY, S3_SECRET_KEY));
            properties.put("nova.media.uploads-bucket", UPLOADS_BUCKET);
            properties.put("nova.media.media-bucket", MEDIA_BUCKET);
        }
        return properties;
    }

    /** identity's mail goes to files, its signing keys live in the data folder. */
    private Map<String, Object> identityProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("nova.identity.mail-directory", options.dataDir().resolve("mail").toString());
        properties.put("nova.identity.mail-from", "Nova <no-reply@nova.local>");
        properties.put("nova.identity.links-base-url", "http://localhost:" + options.port());
        properties.put("nova.identity.signing-keys-file",
                LocalSigningKeys.ensure(options.dataDir().resolve("keys").resolve("identity-signing-keys.json"),
                        Clock.systemUTC())
                        .toString());
        return properties;
    }

    private <T extends AutoCloseable> T remember(T resource) {
        started.push(resource);
        return resource;
    }

    /** One runtime per data folder: a second one would corrupt PostgreSQL's files. */
    private static AutoCloseable lock(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve("nova.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("another Nova is running on " + dataDir);
            }
            return channel;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the data folder " + dataDir, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Stops everything, newest first. */
    @Override
    public synchronized void close() {
        RuntimeException failure = null;
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("Nova did not stop cleanly");
                }
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
