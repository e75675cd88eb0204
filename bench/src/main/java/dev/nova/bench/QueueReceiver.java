package dev.nova.bench;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;

import java.util.List;
import java.util.function.Function;

/** Drains the benchmark queue on its own threads, noting when each event arrives. */
final class QueueReceiver implements AutoCloseable {

    private final List<Thread> threads;
    private volatile boolean running = true;

    QueueReceiver(SqsClient sqs, String queueUrl, Latencies latencies, Function<String, String> eventIdOf) {
        threads = List.of(thread(sqs, queueUrl, latencies, eventIdOf), thread(sqs, queueUrl, latencies, eventIdOf));
        threads.forEach(Thread::start);
    }

    private Thread thread(SqsClient sqs, String url, Latencies latencies, Function<String, String> eventIdOf) {
        Thread thread = new Thread(() -> {
            while (running) {
                List<Message> got = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)
                        .waitTimeSeconds(1)).messages();
                got.forEach(m -> latencies.arrived(eventIdOf.apply(m.body())));
                if (!got.isEmpty()) {
                    sqs.deleteMessageBatch(r -> r.queueUrl(url).entries(got.stream()
                            .map(m -> DeleteMessageBatchRequestEntry.builder().id(m.messageId())
                                    .receiptHandle(m.receiptHandle()).build()).toList()));
                }
            }
        }, "bench-receiver");
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(3_000);
        }
    }
}
