package dev.nova.media;

import dev.nova.events.EventConsumer;
import dev.nova.events.EventEnvelope;
import dev.nova.events.LocalQueues;
import dev.nova.invocation.FunctionContexts;
import dev.nova.invocation.InProcessDomainInvoker;
import dev.nova.invocation.InvocationCodec;
import dev.nova.invocation.Operation;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.Ids;
import dev.nova.media.adapter.in.lambda.MediaFunction;
import dev.nova.media.api.AssetView;
import dev.nova.media.api.MediaEvents;
import dev.nova.media.api.MediaUploaded;
import dev.nova.media.api.UploadTarget;
import dev.nova.persistence.DataSourceSettings;
import dev.nova.routing.NovaRouting;
import dev.nova.testing.LambdaRuntime;
import dev.nova.testing.TestCalls;
import dev.nova.testing.TestClock;
import dev.nova.testing.TestLimits;
import dev.nova.testing.TestPostgres;
import dev.nova.testing.TestS3;
import dev.nova.testing.TestSqs;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** A media function on a database of its own and the shared S3 stand-in, called through JSON. */
final class MediaFixture implements AutoCloseable, AfterAllCallback {

    private static final AtomicInteger FIXTURES = new AtomicInteger();
    /** Headers the JDK's client sets itself and refuses to be given. */
    private static final Set<String> RESTRICTED = Set.of("content-length", "host");

    final DataSourceSettings database = TestPostgres.newDomainDatabase("media");
    final TestClock clock = new TestClock();
    final MediaFunction function;
    final InProcessDomainInvoker invoker;
    final EventConsumer pipeline;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newHttpClient();

    MediaFixture() {
        Map<String, Object> properties = new HashMap<>(database.asProperties());
        properties.putAll(TestLimits.RAISED);
        properties.putAll(LocalQueues.provision(TestSqs.server().endpoint(), NovaRouting.ROUTING,
                "media" + FIXTURES.incrementAndGet() + "-", 30));
        properties.putAll(TestS3.mediaProperties());
        function = new MediaFunction(FunctionContexts.start("media", properties, clock));
        invoker = new InProcessDomainInvoker(Map.of("media", function),
                function.context().getBean(InvocationCodec.class));
        pipeline = function.context().getBean(EventConsumer.class);
        json = function.context().getBean(JsonMapper.class);
    }

    /** Delivers {@code MediaUploaded} of {@code asset} to the pipeline as its queue would; true when consumed. */
    boolean deliverUploaded(AssetView asset) {
        MediaUploaded payload = new MediaUploaded(asset.id(), asset.ownerId(), asset.kind(), asset.contentType(),
                asset.byteSize(), clock.instant());
        try {
            EventEnvelope envelope = new EventEnvelope(Ids.newId(), MediaEvents.MEDIA_UPLOADED, MediaEvents.AGGREGATE,
                    asset.id().toString(), 1, clock.instant(), "test", json.writeValueToTree(payload));
            return pipeline.consume(List.of(LambdaRuntime.sqsMessage(Ids.newId().toString(),
                    new String(json.writeValueAsBytes(envelope), StandardCharsets.UTF_8)))).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the media bucket holds {@code key}. */
    boolean served(String key) {
        try {
            function.context().getBean(S3Client.class).headObject(request -> request.bucket(TestS3.MEDIA_BUCKET)
                    .key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    static Caller as(UUID userId) {
        return Caller.user(userId, UUID.randomUUID(), "test-" + UUID.randomUUID(), Set.of(),
                new ClientInfo("127.0.0.1", "junit"));
    }

    <Q, R> R call(Operation<Q, R> operation, Caller caller, Q request) {
        return TestCalls.call(invoker, operation, caller, request);
    }

    long count(String sql, Object parameter) {
        return TestCalls.count(database, sql, parameter);
    }

    /** Sends {@code body} as an app would: the target's method, URL and headers, and these bytes. */
    int send(UploadTarget target, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.url()))
                .method(target.method(), HttpRequest.BodyPublishers.ofByteArray(body));
        target.headers().forEach((name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                request.header(name, value);
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Posts {@code file} as a browser's form would: the target's fields in order, then the file. */
    int post(UploadTarget target, Map<String, String> fields, byte[] file) throws IOException, InterruptedException {
        String boundary = "nova-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload\"\r\n"
                + "Content-Type: " + fields.get("Content-Type") + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.url()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** {@link #send}, for a request the store may cut off: -1 when the connection closed before an answer. */
    int attempt(UploadTarget target, byte[] body) throws InterruptedException {
        try {
            return send(target, body);
        } catch (IOException e) {
            return -1;
        }
    }

    /** The multipart uploads in progress under {@code prefix}. */
    List<String> multipartUploads(String prefix) {
        return function.context().getBean(S3Client.class).listMultipartUploads(request -> request
                .bucket(TestS3.UPLOADS_BUCKET).prefix(prefix)).uploads().stream().map(upload -> upload.key()).toList();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        function.close();
    }
}
