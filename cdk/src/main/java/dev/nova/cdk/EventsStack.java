package dev.nova.cdk;

import dev.nova.events.EventRouting;
import dev.nova.events.Route;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event queues, built from the routing declaration in code ({@code routing/NovaRouting}): per route a queue
 * {@code nova-<stage>-<queue>} and its dead-letter queue. Messages stay in a queue 4 days and in its DLQ 14, so a
 * parked message outlives the one it came from; a message moves to the DLQ after the route's receive count (at
 * least 5); the visibility timeout is six times the consumer's timeout, as Lambda's SQS guidance asks.
 */
public class EventsStack extends Stack {

    static final int MIN_RECEIVES = 5;
    static final int VISIBILITY_FACTOR = 6;
    static final Duration RETENTION = Duration.days(4);
    static final Duration DLQ_RETENTION = Duration.days(14);

    /** A route's queue and its dead-letter queue. */
    public record RouteQueues(Route route, Queue queue, Queue deadLetters) {
    }

    private final Map<String, RouteQueues> queues = new LinkedHashMap<>();

    public EventsStack(Construct scope, String id, StackProps props, Stage stage, EventRouting routing) {
        super(scope, id, props);
        for (Route route : routing.routes()) {
            if (route.maxReceiveCount() < MIN_RECEIVES) {
                throw new IllegalArgumentException("route " + route.queue() + " parks a message after "
                        + route.maxReceiveCount() + " receives; at least " + MIN_RECEIVES + " are needed");
            }
            String name = Names.pascal(route.queue());
            Queue deadLetters = Queue.Builder.create(this, name + "Dlq")
                    .queueName(stage.resourceName(route.deadLetterQueue()))
                    .retentionPeriod(DLQ_RETENTION)
                    .encryption(QueueEncryption.SQS_MANAGED)
                    .enforceSsl(true)
                    .build();
            int consumerTimeout = stage.functions().of(route.consumer() + "-events").timeoutSeconds();
            Queue queue = Queue.Builder.create(this, name)
                    .queueName(stage.resourceName(route.queue()))
                    .retentionPeriod(RETENTION)
                    .visibilityTimeout(Duration.seconds((long) VISIBILITY_FACTOR * consumerTimeout))
                    .deadLetterQueue(DeadLetterQueue.builder()
                            .queue(deadLetters).maxReceiveCount(route.maxReceiveCount()).build())
                    .encryption(QueueEncryption.SQS_MANAGED)
                    .enforceSsl(true)
                    .build();
            Nag.suppress(deadLetters, "AwsSolutions-SQS3", "This is the dead-letter queue of " + route.queue()
                    + "; parked messages wait here for an operator (docs/deploy.md).");
            queues.put(route.queue(), new RouteQueues(route, queue, deadLetters));
        }
    }

    public List<RouteQueues> queues() {
        return List.copyOf(queues.values());
    }

    /** The queues that receive any of {@code eventTypes}: where a domain's relay may send. */
    public List<Queue> receiving(Set<String> eventTypes) {
        return queues.values().stream()
                .filter(entry -> entry.route().eventTypes().stream().anyMatch(eventTypes::contains))
                .map(RouteQueues::queue).toList();
    }

    /** The queues a domain consumes. */
    public List<Queue> consumedBy(String domain) {
        return queues.values().stream().filter(entry -> entry.route().consumer().equals(domain))
                .map(RouteQueues::queue).toList();
    }
}
