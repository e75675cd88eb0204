package dev.nova.cdk;

import dev.nova.events.Route;
import dev.nova.routing.NovaRouting;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventsStackTest {

    private final Synthesized app = Synthesized.dev();
    private final Template events = app.template(app.nova.events());

    @Test
    void everyRouteInTheRoutingDeclarationHasAQueueAndADeadLetterQueue() {
        events.resourceCountIs("AWS::SQS::Queue", 2 * NovaRouting.ROUTING.routes().size());
        for (Route route : NovaRouting.ROUTING.routes()) {
            int timeout = app.nova.stage().functions().of(route.consumer() + "-events").timeoutSeconds();
            events.hasResourceProperties("AWS::SQS::Queue", Map.of(
                    "QueueName", "nova-dev-" + route.queue(),
                    "MessageRetentionPeriod", 4 * 24 * 3600,
                    "VisibilityTimeout", 6 * timeout,
                    "SqsManagedSseEnabled", true,
                    "RedrivePolicy", Map.of("maxReceiveCount", route.maxReceiveCount(),
                            "deadLetterTargetArn", Match.anyValue())));
            events.hasResourceProperties("AWS::SQS::Queue", Map.of(
                    "QueueName", "nova-dev-" + route.deadLetterQueue(),
                    "MessageRetentionPeriod", 14 * 24 * 3600));
            assertThat(route.maxReceiveCount()).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void everyQueueRefusesUnencryptedTransport() {
        events.resourceCountIs("AWS::SQS::QueuePolicy", 2 * NovaRouting.ROUTING.routes().size());
        events.allResourcesProperties("AWS::SQS::QueuePolicy", Map.of("PolicyDocument", Map.of("Statement",
                Match.arrayWith(java.util.List.of(Match.objectLike(Map.of("Effect", "Deny",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))));
    }

    @Test
    void aRouteThatParksMessagesTooSoonStopsTheSynth() {
        var routing = dev.nova.events.EventRouting.builder()
                .route(new Route("hasty", "users", java.util.Set.of("UserRegistered"), 2)).build();
        var scope = new software.amazon.awscdk.App();
        assertThatThrownBy(() -> new EventsStack(scope, "Hasty", null, app.nova.stage(), routing))
                .hasMessageContaining("at least 5");
    }
}
