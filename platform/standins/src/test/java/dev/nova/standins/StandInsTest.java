package dev.nova.standins;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stand-ins are the real protocols: the AWS SDK talks to them, and what they keep survives a restart. */
class StandInsTest {

    @Test
    void postgresKeepsItsDataAcrossRestarts(@TempDir Path dir) throws Exception {
        try (LocalPostgres first = LocalPostgres.persistent(dir.resolve("pg"));
             Connection db = first.adminDataSource("postgres").getConnection();
             Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE kept (value text)");
            sql.execute("INSERT INTO kept VALUES ('still here')");
        }
        try (LocalPostgres second = LocalPostgres.persistent(dir.resolve("pg"));
             Connection db = second.adminDataSource("postgres").getConnection();
             Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("SELECT value FROM kept")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void s3ProxyStoresObjectsOnDiskAndChecksSignatures(@TempDir Path dir) {
        try (LocalS3 s3 = LocalS3.persistent(dir.resolve("s3"), 0, "local-key", "local-secret");
             S3Client client = s3Client(s3, "local-secret");
             S3Client impostor = s3Client(s3, "wrong-secret")) {
            client.createBucket(b -> b.bucket("media"));
            client.putObject(p -> p.bucket("media").key("a.txt"), RequestBody.fromString("hello"));

            assertThat(client.getObjectAsBytes(g -> g.bucket("media").key("a.txt")).asUtf8String())
                    .isEqualTo("hello");
            assertThatThrownBy(() -> impostor.getObjectAsBytes(g -> g.bucket("media").key("a.txt")))
                    .isInstanceOf(S3Exception.class);
            assertThat(Files.exists(dir.resolve("s3").resolve("media"))).isTrue();
        }
    }

    @Test
    void elasticMqSpeaksSqs() {
        try (LocalSqs sqs = LocalSqs.start(0);
             SqsClient client = SqsClient.builder().endpointOverride(sqs.endpoint()).region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                     .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            String queue = client.createQueue(c -> c.queueName("probe")).queueUrl();
            client.sendMessage(s -> s.queueUrl(queue).messageBody("ping"));

            assertThat(client.receiveMessage(r -> r.queueUrl(queue).waitTimeSeconds(1)).messages())
                    .singleElement().satisfies(m -> assertThat(m.body()).isEqualTo("ping"));
        }
    }

    @Test
    void persistentElasticMqKeepsQueuesAndMessagesAcrossRestarts(@TempDir Path dir) {
        try (LocalSqs first = LocalSqs.persistent(dir.resolve("sqs"), 0); SqsClient client = sqsClient(first)) {
            String queue = client.createQueue(c -> c.queueName("kept")).queueUrl();
            client.sendMessage(s -> s.queueUrl(queue).messageBody("still here"));
        }
        try (LocalSqs second = LocalSqs.persistent(dir.resolve("sqs"), 0); SqsClient client = sqsClient(second)) {
            String queue = client.getQueueUrl(g -> g.queueName("kept")).queueUrl();

            assertThat(client.receiveMessage(r -> r.queueUrl(queue).waitTimeSeconds(2)).messages())
                    .singleElement().satisfies(m -> assertThat(m.body()).isEqualTo("still here"));
        }
    }

    private static SqsClient sqsClient(LocalSqs sqs) {
        return SqsClient.builder().endpointOverride(sqs.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    private static S3Client s3Client(LocalS3 s3, String secret) {
        return S3Client.builder()
                .endpointOverride(s3.endpoint())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(),
                        secret)))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }
}
