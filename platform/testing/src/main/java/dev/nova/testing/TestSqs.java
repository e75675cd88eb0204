package dev.nova.testing;

import dev.nova.invocation.AwsStandIns;
import dev.nova.standins.LocalSqs;
import io.micronaut.context.ApplicationContext;
import software.amazon.awssdk.services.sqs.SqsClient;

/** One ElasticMQ per test JVM, shared by every test, and one SQS client for it. */
public final class TestSqs {

    private static volatile LocalSqs server;
    private static volatile ApplicationContext clients;

    private TestSqs() {
    }

    public static synchronized LocalSqs server() {
        if (server == null) {
            LocalSqs started = LocalSqs.start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-sqs-stop"));
            server = started;
        }
        return server;
    }

    /** A client of {@link #server()}, made by micronaut-aws-sdk-v2 as a function's is; shared, do not close it. */
    public static synchronized SqsClient client() {
        if (clients == null) {
            clients = AwsStandIns.clients(SqsClient.SERVICE_NAME, server().endpoint());
        }
        return clients.getBean(SqsClient.class);
    }
}
