package dev.nova.events;

import software.amazon.awssdk.services.sqs.SqsClient;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds queue URLs by logical name, with the environment's prefix ({@code nova-dev-} in AWS, none locally), and
 * remembers them: one {@code GetQueueUrl} per queue per function instance.
 */
public final class QueueDirectory {

    private final SqsClient sqs;
    private final String prefix;
    private final Map<String, String> urls = new ConcurrentHashMap<>();

    public QueueDirectory(SqsClient sqs, String prefix) {
        this.sqs = sqs;
        this.prefix = prefix == null ? "" : prefix;
    }

    public String urlOf(String queue) {
        return urls.computeIfAbsent(queue, name -> sqs.getQueueUrl(r -> r.queueName(prefix + name)).queueUrl());
    }

    public String nameOf(String queue) {
        return prefix + queue;
    }
}
