package dev.nova.events;

import software.amazon.awssdk.services.sqs.SqsClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The local stand-in for the event source mappings: one poller per route whose consuming domain runs in this JVM,
 * so that an event written locally is consumed locally, through ElasticMQ, as it would be in AWS.
 */
public final class LocalConsumers implements AutoCloseable {

    private final List<QueuePoller> pollers = new ArrayList<>();

    /** @param consumers each running domain's consumer, by domain name */
    public LocalConsumers(SqsClient sqs, EventRouting routing, String prefix, Map<String, EventConsumer> consumers) {
        for (Route route : routing.routes()) {
            EventConsumer consumer = consumers.get(route.consumer());
            if (consumer != null) {
                String url = sqs.getQueueUrl(r -> r.queueName(prefix + route.queue())).queueUrl();
                pollers.add(new QueuePoller(sqs, url, consumer, route.queue()));
            }
        }
    }

    public int pollerCount() {
        return pollers.size();
    }

    @Override
    public void close() {
        pollers.forEach(QueuePoller::close);
    }
}
