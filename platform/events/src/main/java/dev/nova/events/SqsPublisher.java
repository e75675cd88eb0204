package dev.nova.events;

import io.micronaut.json.JsonMapper;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * Sends events to their subscribers' queues with {@code SendMessageBatch}, ten to a call and several calls in
 * flight, carrying the correlation id and event type as message attributes. It answers which events failed and why;
 * an event counts as sent only when every queue it goes to has it.
 */
public final class SqsPublisher {

    private static final int MAX_BATCH = 10;

    private final SqsClient sqs;
    private final QueueDirectory queues;
    private final JsonMapper json;
    private final ExecutorService calls;

    public SqsPublisher(SqsClient sqs, QueueDirectory queues, JsonMapper json, ExecutorService calls) {
        this.sqs = sqs;
        this.queues = queues;
        this.json = json;
        this.calls = calls;
    }

    /** Sends {@code events} where {@code routing} says; answers the failed events' ids with their last error. */
    Map<UUID, String> send(List<EventEnvelope> events, EventRouting routing) {
        Map<String, List<EventEnvelope>> byQueue = new HashMap<>();
        for (EventEnvelope event : events) {
            routing.queuesFor(event.type()).forEach(q -> byQueue.computeIfAbsent(q, k -> new ArrayList<>()).add(event));
        }
        Map<UUID, String> failures = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> inFlight = new ArrayList<>();
        byQueue.forEach((queue, queued) -> {
            for (int from = 0; from < queued.size(); from += MAX_BATCH) {
                List<EventEnvelope> batch = queued.subList(from, Math.min(from + MAX_BATCH, queued.size()));
                inFlight.add(CompletableFuture.runAsync(() -> sendBatch(queue, batch, failures), calls));
            }
        });
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        return failures;
    }

    private void sendBatch(String queue, List<EventEnvelope> batch, Map<UUID, String> failures) {
        try {
            SendMessageBatchResponse response = sqs.sendMessageBatch(r -> r
                    .queueUrl(queues.urlOf(queue))
                    .entries(batch.stream().map(this::entry).toList()));
            for (BatchResultErrorEntry failed : response.failed()) {
                failures.put(UUID.fromString(failed.id()), queue + ": " + failed.code() + " " + failed.message());
            }
        } catch (RuntimeException e) {
            batch.forEach(event -> failures.put(event.id(), queue + ": " + e));
        }
    }

    private SendMessageBatchRequestEntry entry(EventEnvelope event) {
        Map<String, MessageAttributeValue> attributes = new HashMap<>();
        attributes.put(EventAttributes.EVENT_TYPE, text(event.type()));
        if (event.correlationId() != null) {
            attributes.put(EventAttributes.CORRELATION_ID, text(event.correlationId()));
        }
        return SendMessageBatchRequestEntry.builder()
                .id(event.id().toString())
                .messageBody(body(event))
                .messageAttributes(attributes)
                .build();
    }

    private String body(EventEnvelope event) {
        try {
            return json.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
