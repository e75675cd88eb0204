package dev.nova.testing;

import dev.nova.invocation.DomainCallSettings;
import dev.nova.invocation.InvocationCodec;
import dev.nova.invocation.LambdaDomainInvoker;
import dev.nova.invocation.Operation;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's domain calls ({@link LambdaDomainInvoker}) against a function deployed to LocalStack's Lambda, in
 * addition to {@code LambdaDomainInvokerTest} against the loopback Lambda endpoint. The function answers Nova's
 * invoke protocol as a domain function does. Runs with {@code ./mvnw -Plocalstack verify} on a machine with Docker;
 * skipped without it.
 */
@Tag("localstack")
@Testcontainers(disabledWithoutDocker = true)
class LambdaInvokeLocalStackTest {

    @Container
    static final LocalStackContainer LOCALSTACK = LocalStack.with(LocalStackContainer.Service.LAMBDA);

    private static final String HANDLER = """
            def handler(event, context):
                return {"result": {"text": event["payload"]["text"].upper()}, "error": None}
            """;

    @Serdeable
    record Shout(String text) {
    }

    private static final Operation<Shout, Shout> SHOUT = Operation.command("echo", "shout", Shout.class, Shout.class);

    @Test
    void aDomainCallInvokesTheDeployedFunctionAndReadsItsReply() throws Exception {
        try (LambdaClient lambda = LambdaClient.builder()
                .endpointOverride(LOCALSTACK.getEndpointOverride(LocalStackContainer.Service.LAMBDA))
                .region(Region.of(LOCALSTACK.getRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey())))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            SdkBytes code = SdkBytes.fromByteArray(zip("echo.py", HANDLER));
            lambda.createFunction(r -> r.functionName("nova-echo").runtime(Runtime.PYTHON3_12)
                    .role("arn:aws:iam::000000000000:role/nova-echo").handler("echo.handler")
                    .code(c -> c.zipFile(code)));
            lambda.waiter().waitUntilFunctionActiveV2(r -> r.functionName("nova-echo"));
            // LocalStack starts the function's container on the first call: not what the call policy times.
            lambda.invoke(r -> r.functionName("nova-echo").payload(SdkBytes.fromUtf8String(
                    "{\"operation\":\"echo.shout\",\"payload\":{\"text\":\"warm\"}}")));

            try (LambdaDomainInvoker invoker = LambdaDomainInvoker.create(lambda,
                    new InvocationCodec(ObjectMapper.getDefault()),
                    List.of(new DomainCallSettings("echo", "nova-echo", Duration.ofSeconds(20), 1, null, null, null,
                            null, null)))) {
                Shout answer = invoker.invoke(SHOUT, Caller.anonymous("ls-1", new ClientInfo("127.0.0.1", "junit")),
                        new Shout("hello")).get(30, TimeUnit.SECONDS);

                assertThat(answer.text()).isEqualTo("HELLO");
            }
        }
    }

    private static byte[] zip(String name, String content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
