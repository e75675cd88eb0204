package dev.nova.cdk;

import dev.nova.identity.api.IdentityDomain;
import dev.nova.invocation.DomainDescriptor;
import dev.nova.media.api.MediaDomain;
import dev.nova.routing.NovaDomains;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateway and the domains' functions. Each domain function signs in to the database proxy as its own role,
 * may send only to the queues that subscribe to its events, and may be invoked only by the gateway's role here and
 * the schedulers' role in {@link SchedulersStack}; a domain that consumes events has a second function reading its
 * queues. Identity's extras (signing keys, mail) are in {@link IdentityResources}.
 */
public class FunctionsStack extends Stack {

    /** Token issuer and audience the gateway checks and identity signs; the same in every stage. */
    static final String TOKEN_ISSUER = "nova";
    static final String TOKEN_AUDIENCE = "nova-api";

    /** What the functions need from the other stacks. */
    public record Inputs(Stage stage, NetworkStack network, DataStack data, EventsStack events,
                         Artifacts artifacts) {
    }

    private final Map<String, NovaFunction> domains = new LinkedHashMap<>();
    private final List<NovaFunction> consumers = new ArrayList<>();
    private final Map<String, NovaFunction> consumersByDomain = new LinkedHashMap<>();
    private final NovaFunction gateway;
    private final IdentityResources identity;
    private final MediaResources media;

    public FunctionsStack(Construct scope, String id, StackProps props, Inputs inputs) {
        super(scope, id, props);
        for (DomainDescriptor domain : NovaDomains.ALL) {
            NovaFunction function = domainFunction(inputs, domain, domain.name(), domain.lambdaHandler(),
                    "the " + domain.name() + " domain's operations");
            domains.put(domain.name(), function);
            domain.lambdaEventsHandler().ifPresent(handler -> {
                NovaFunction consumer = consumer(inputs, domain, handler);
                consumers.add(consumer);
                consumersByDomain.put(domain.name(), consumer);
            });
        }
        identity = new IdentityResources(this, "IdentityResources", inputs.stage(), inputs.network(), inputs.artifacts(),
                domains.get(IdentityDomain.DESCRIPTOR.name()));
        media = new MediaResources(this, "MediaResources", inputs.stage(), domains.get(MediaDomain.DESCRIPTOR.name()),
                consumersByDomain.get(MediaDomain.DESCRIPTOR.name()));
        media.sendUploadNotificationsTo(domainFunction(inputs, MediaDomain.DESCRIPTOR, "media-uploads",
                NovaFunctions.UPLOAD_NOTIFICATIONS_HANDLER, "media's consumer of the uploads bucket's notifications"));
        Map<String, String> environment = new HashMap<>(invokeEnvironment());
        environment.put("NOVA_TOKEN_ISSUER", TOKEN_ISSUER);
        environment.put("NOVA_TOKEN_AUDIENCE", TOKEN_AUDIENCE);
        environment.put("NOVA_GRAPHQL_INTROSPECTION", String.valueOf(inputs.stage().api().introspection()));
        environment.put("NOVA_PERSISTED_QUERIES", inputs.stage().api().persistedQueries());
        environment.put("NOVA_SHED_BURST", String.valueOf(inputs.stage().api().shedBurst()));
        gateway = new NovaFunction(this, "Gateway", new NovaFunction.Props("gateway",
                "GraphQL gateway: verifies tokens, plans queries, invokes the domains (no database)",
                inputs.artifacts().jar(NovaFunctions.GATEWAY_JAR), NovaFunctions.GATEWAY_HANDLER, environment),
                inputs.stage(), inputs.network().placement());
        domains.values().forEach(domain -> domain.live().grantInvoke(gateway.function()));
    }

    private NovaFunction domainFunction(Inputs inputs, DomainDescriptor domain, String name, String handler,
                                        String description) {
        Map<String, String> environment = new HashMap<>();
        environment.put("NOVA_DB_URL", inputs.data().jdbcUrl());
        environment.put("NOVA_DB_USER", domain.databaseUser());
        environment.put("NOVA_DB_IAM_AUTH", "true");
        environment.put("NOVA_QUEUE_PREFIX", inputs.stage().resourceName(""));
        environment.put("NOVA_TOKEN_ISSUER", TOKEN_ISSUER);
        environment.put("NOVA_TOKEN_AUDIENCE", TOKEN_AUDIENCE);
        NovaFunction function = new NovaFunction(this, Names.pascal(name), new NovaFunction.Props(name,
                description, inputs.artifacts().jar(domain.jar()), handler, environment),
                inputs.stage(), placementOf(inputs, domain));
        inputs.data().grantConnect(function.function(), domain);
        // The relay (fast path after commit, and the sweep the schedulers ask for) sends to subscribers' queues.
        inputs.events().receiving(domain.publishes()).forEach(queue -> queue.grantSendMessages(function.function()));
        return function;
    }

    private NovaFunction consumer(Inputs inputs, DomainDescriptor domain, String handler) {
        NovaFunction function = domainFunction(inputs, domain, domain.name() + "-events", handler,
                "the " + domain.name() + " domain's event consumer");
        for (Queue queue : inputs.events().consumedBy(domain.name())) {
            function.live().addEventSource(new SqsEventSource(queue, SqsEventSourceProps.builder()
                    .batchSize(10)
                    .reportBatchItemFailures(true)
                    .build()));
        }
        return function;
    }

    /**
     * Identity fetches Google's and Apple's public keys from the internet when a stage turns provider sign-in on;
     * every other function stays in subnets with no route out.
     */
    private static Placement placementOf(Inputs inputs, DomainDescriptor domain) {
        Stage.IdentitySettings identity = inputs.stage().identity();
        boolean providers = !identity.googleClientIds().isBlank() || !identity.appleClientIds().isBlank();
        return domain.equals(IdentityDomain.DESCRIPTOR) && providers
                ? inputs.network().internetPlacement("Google and Apple sign-in (identity fetches their JWKS)")
                : inputs.network().placement();
    }

    /** {@code NOVA_<DOMAIN>_FUNCTION}: each domain's live alias, for whoever may invoke the domains. */
    public Map<String, String> invokeEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        domains.forEach((name, function) -> environment.put(NovaDomains.named(name).functionVariable(),
                function.live().getFunctionArn()));
        return environment;
    }

    public NovaFunction gateway() {
        return gateway;
    }

    public Map<String, NovaFunction> domains() {
        return domains;
    }

    public List<NovaFunction> consumers() {
        return consumers;
    }

    public IdentityResources identity() {
        return identity;
    }

    public MediaResources media() {
        return media;
    }

    /** Every function of this stack, for alarms. */
    public List<NovaFunction> all() {
        List<NovaFunction> all = new ArrayList<>(domains.values());
        all.addAll(consumers);
        all.add(identity.rotation());
        all.add(gateway);
        return all;
    }
}
