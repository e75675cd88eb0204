package dev.nova.bench;

import software.amazon.awssdk.services.sqs.SqsClient;

/** The work gruelbox's outbox schedules for each event: send it to the same queue as Nova's relay does. */
public class GruelboxSender {

    private final SqsClient sqs;
    private final String queueUrl;

    public GruelboxSender(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    public void send(String orderId, String body) {
        sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(body));
    }
}
