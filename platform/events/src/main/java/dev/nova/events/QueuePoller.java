package dev.nova.events;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.nova.kernel.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What Lambda's SQS event source does, for the local runtime and tests: long-polls a queue, hands each batch of up
 * to ten to the consumer, deletes what succeeded, and leaves the failures to reappear after the visibility timeout
 * (and, after the queue's bounded receives, to move to its DLQ).
 */
public final class QueuePoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QueuePoller.class);

    private final SqsClient sqs;
    private final String queueUrl;
    private final EventConsumer consumer;
    private final Thread thread;
    private volatile boolean running = true;

    public QueuePoller(SqsClient sqs, String queueUrl, EventConsumer consumer, String name) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.consumer = consumer;
        this.thread = DaemonThreads.start("poll-" + name, this::run);
    }

    private void run() {
        while (running) {
            try {
                pollOnce();
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warn("polling {} failed; trying again", queueUrl, e);
                    pause();
                }
            }
        }
    }

    private void pollOnce() {
        List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)
                .waitTimeSeconds(1).messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                .messageAttributeNames("All")).messages();
        if (messages.isEmpty()) {
            return;
        }
        Set<String> failed = new HashSet<>(consumer.consume(messages.stream().map(QueuePoller::record).toList()));
        List<DeleteMessageBatchRequestEntry> done = messages.stream()
                .filter(m -> !failed.contains(m.messageId()))
                .map(m -> DeleteMessageBatchRequestEntry.builder().id(m.messageId()).receiptHandle(m.receiptHandle())
                        .build())
                .toList();
        if (!done.isEmpty()) {
            sqs.deleteMessageBatch(r -> r.queueUrl(queueUrl).entries(done));
        }
    }

    /** An SDK message as Lambda's SQS event source would deliver it. */
    static SQSEvent.SQSMessage record(Message message) {
        SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
        record.setMessageId(message.messageId());
        record.setReceiptHandle(message.receiptHandle());
        record.setBody(message.body());
        record.setAttributes(message.attributes().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue)));
        record.setMessageAttributes(message.messageAttributes().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> {
                    SQSEvent.MessageAttribute attribute = new SQSEvent.MessageAttribute();
                    attribute.setStringValue(e.getValue().stringValue());
                    attribute.setDataType(e.getValue().dataType());
                    return attribute;
                })));
        return record;
    }

    private void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
