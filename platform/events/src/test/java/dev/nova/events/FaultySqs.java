package dev.nova.events;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.GetQueueUrlRequest;
import software.amazon.awssdk.services.sqs.model.GetQueueUrlResponse;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResultEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fault injection in front of the real ElasticMQ client: a share of the entries of each {@code SendMessageBatch}
 * is refused before it reaches the queue (as SQS does under throttling); the rest really go through.
 */
final class FaultySqs implements SqsClient {

    private final SqsClient real;
    private final double failureRate;
    final AtomicInteger injected = new AtomicInteger();

    private FaultySqs(SqsClient real, double failureRate) {
        this.real = real;
        this.failureRate = failureRate;
    }

    static FaultySqs failing(SqsClient real, double failureRate) {
        return new FaultySqs(real, failureRate);
    }

    @Override
    public SendMessageBatchResponse sendMessageBatch(SendMessageBatchRequest request) {
        List<SendMessageBatchRequestEntry> passing = new ArrayList<>();
        List<BatchResultErrorEntry> refused = new ArrayList<>();
        for (SendMessageBatchRequestEntry entry : request.entries()) {
            if (ThreadLocalRandom.current().nextDouble() < failureRate) {
                injected.incrementAndGet();
                refused.add(BatchResultErrorEntry.builder().id(entry.id()).code("InjectedFault")
                        .message("injected send failure").senderFault(false).build());
            } else {
                passing.add(entry);
            }
        }
        List<SendMessageBatchResultEntry> sent = passing.isEmpty() ? List.of()
                : real.sendMessageBatch(request.toBuilder().entries(passing).build()).successful();
        return SendMessageBatchResponse.builder().successful(sent).failed(refused).build();
    }

    @Override
    public GetQueueUrlResponse getQueueUrl(GetQueueUrlRequest request) {
        return real.getQueueUrl(request);
    }

    @Override
    public String serviceName() {
        return real.serviceName();
    }

    @Override
    public void close() {
        // The real client belongs to the fixture.
    }
}
