package dev.nova.events;

import dev.nova.invocation.AwsStandIns;
import io.micronaut.context.ApplicationContext;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * Makes the queues the routing declares, each with its dead-letter queue and redrive policy, on an SQS stand-in
 * (the local runtime and tests; in AWS the CDK app builds them from the same declaration). Creating a queue that
 * exists is harmless, so it runs at every start.
 */
public final class LocalQueues {

    private LocalQueues() {
    }

    /**
     * Makes the routing's queues on the SQS stand-in at {@code endpoint}, named with {@code prefix}, and answers
     * the properties with which a domain function publishes to them: its SQS client's endpoint and the prefix.
     */
    public static Map<String, Object> provision(URI endpoint, EventRouting routing, String prefix,
                                                int visibilityTimeoutSeconds) {
        try (ApplicationContext aws = AwsStandIns.clients(SqsClient.SERVICE_NAME, endpoint)) {
            create(aws.getBean(SqsClient.class), routing, prefix, visibilityTimeoutSeconds);
        }
        Map<String, Object> properties = new HashMap<>(AwsStandIns.endpoint(SqsClient.SERVICE_NAME, endpoint));
        properties.put("nova.events.queue-prefix", prefix);
        return properties;
    }

    public static void create(SqsClient sqs, EventRouting routing, String prefix, int visibilityTimeoutSeconds) {
        for (Route route : routing.routes()) {
            String dlqUrl = sqs.createQueue(r -> r.queueName(prefix + route.deadLetterQueue())
                    .attributes(Map.of(QueueAttributeName.MESSAGE_RETENTION_PERIOD, "1209600"))).queueUrl();
            String dlqArn = sqs.getQueueAttributes(r -> r.queueUrl(dlqUrl)
                    .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
            sqs.createQueue(r -> r.queueName(prefix + route.queue()).attributes(Map.of(
                    QueueAttributeName.VISIBILITY_TIMEOUT, Integer.toString(visibilityTimeoutSeconds),
                    QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + dlqArn
                            + "\",\"maxReceiveCount\":\"" + route.maxReceiveCount() + "\"}")));
        }
    }
}
