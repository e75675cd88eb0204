package dev.nova.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local runtime's HTTP front as a careless or hostile client meets it: every request gets an HTTP answer in
 * Nova's error shape, and a client that sends half a request is cut off after the read timeout without holding up
 * anyone else.
 */
class LocalHttpFrontTest {

    @TempDir
    static Path dataDir;

    private static LocalRuntime nova;
    private final LocalClient client = new LocalClient();

    @BeforeAll
    static void start() {
        nova = LocalRuntime.start(new LocalOptions(0, dataDir));
    }

    @AfterAll
    static void stop() {
        nova.close();
    }

    @Test
    void aGetWithoutAQueryIsABadRequestInNovasShape() throws Exception {
        HttpResponse<String> response = client.get(nova, "/graphql");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"errors\"").contains("\"code\":\"BAD_REQUEST\"");
    }

    @Test
    void anUnknownPathIsNotFoundInNovasShape() throws Exception {
        HttpResponse<String> response = client.get(nova, "/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"errors\"").contains("\"code\":\"NOT_FOUND\"");
    }

    @Test
    void aMalformedRequestGetsAnHttpAnswer() throws Exception {
        for (String garbage : List.of("HELLO\r\n\r\n", "GET /graphql HTTP/9.9\r\n\r\n",
                "GET /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n")) {
            try (Socket socket = connect()) {
                send(socket, garbage);
                assertThat(readAnswer(socket)).as(garbage).startsWith("HTTP/").contains(" 400 ");
            }
        }
    }

    @Test
    void halfSentRequestsAreCutOffAndNeverStarveOtherClients() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 64; i++) {
                Socket socket = connect();
                send(socket, "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n");
                slow.add(socket);
            }
            long started = System.nanoTime();
            assertThat(client.post(nova, null, "{\"query\":\"{ __typename }\"}"))
                    .isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("a whole request beside 64 half-sent ones")
                    .isLessThan(Duration.ofSeconds(2));

            // The runtime's idle timeout is 20 s: the half-sent requests are closed after it, not held forever.
            Socket first = slow.get(0);
            first.setSoTimeout(30_000);
            long waited = System.nanoTime();
            InputStream in = first.getInputStream();
            while (in.read() != -1) {
                // whatever the server writes before closing (an answer or nothing) is read and dropped
            }
            assertThat(Duration.ofNanos(System.nanoTime() - waited)).isLessThan(Duration.ofSeconds(25));
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("localhost", nova.port());
        socket.setSoTimeout(5_000);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** What the server answers before it closes or goes quiet. */
    private static String readAnswer(Socket socket) throws IOException {
        StringBuilder answer = new StringBuilder();
        byte[] buffer = new byte[4096];
        try {
            InputStream in = socket.getInputStream();
            for (int read = in.read(buffer); read != -1 && answer.indexOf("\r\n\r\n") < 0; read = in.read(buffer)) {
                answer.append(new String(buffer, 0, read, StandardCharsets.US_ASCII));
            }
        } catch (SocketTimeoutException e) {
            // no more is coming
        }
        return answer.toString();
    }
}
