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
 * is refused before it reaches the queue (as SQS does under throttling), some are sent twice, and some calls die
 * after the queue accepted them; everything else really goes through.
 */
final class FaultySqs implements SqsClient {

    private final SqsClient real;
    private final double failureRate;
    private final double duplicateRate;
    private final int crashEvery;
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger injected = new AtomicInteger();
    final AtomicInteger duplicated = new AtomicInteger();
    final AtomicInteger crashes = new AtomicInteger();

    private FaultySqs(SqsClient real, double failureRate, double duplicateRate, int crashEvery) {
        this.real = real;
        this.failureRate = failureRate;
        this.duplicateRate = duplicateRate;
        this.crashEvery = crashEvery;
    }

    static FaultySqs failing(SqsClient real, double failureRate) {
        return new FaultySqs(real, failureRate, 0, 0);
    }

    /**
     * Refuses {@code failureRate} of the entries, sends {@code duplicateRate} of them twice, and every
     * {@code crashEvery}-th call dies after SQS accepted the batch, before the relay can record it.
     */
    static FaultySqs chaotic(SqsClient real, double failureRate, double duplicateRate, int crashEvery) {
        return new FaultySqs(real, failureRate, duplicateRate, crashEvery);
    }

    @Override
    public SendMessageBatchResponse sendMessageBatch(SendMessageBatchRequest request) {
        int call = calls.incrementAndGet();
        List<SendMessageBatchRequestEntry> passing = new ArrayList<>();
        List<BatchResultErrorEntry> refused = new ArrayList<>();
        for (SendMessageBatchRequestEntry entry : request.entries()) {
            if (ThreadLocalRandom.current().nextDouble() < failureRate) {
                injected.incrementAndGet();
                refused.add(BatchResultErrorEntry.builder().id(entry.id()).code("InjectedFault")
                        .message("injected send failure").senderFault(false).build());
            } else {
                passing.add(entry);
                if (ThreadLocalRandom.current().nextDouble() < duplicateRate) {
                    duplicated.incrementAndGet();
                    passing.add(entry.toBuilder().id(entry.id() + "-dup").build());
                }
            }
        }
        List<SendMessageBatchResultEntry> sent = passing.isEmpty() ? List.of()
                : real.sendMessageBatch(request.toBuilder().entries(passing).build()).successful();
        if (crashEvery > 0 && call % crashEvery == 0) {
            crashes.incrementAndGet();
            throw new IllegalStateException("injected crash after SQS accepted the batch");
        }
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
