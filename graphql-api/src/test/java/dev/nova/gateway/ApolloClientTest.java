package dev.nova.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API as a real client uses it: {@code src/test/apollo/drive.mjs} runs Apollo Client (the versions pinned in its
 * {@code package.json} and lock file) on Node against a test gateway. It pages a user's followers with
 * {@code relayStylePagination}, sees a {@code follow} update the cached relationship by its id, and makes a
 * persisted-query round trip (hash only, hash with query, hash only), and retries a sign-up with its idempotency
 * key without making a second account.
 */
class ApolloClientTest {

    private static final Path SOURCES = Path.of("src/test/apollo");
    private static final Path WORK = Path.of("target/apollo");
    private static final String PASSWORD = "apollo passphrase";

    @RegisterExtension
    static final GatewayFixture nova = new GatewayFixture();

    @Test
    void anApolloClientPagesNormalizesAndPersists() throws Exception {
        String star = signUp("apollostar").get("id");
        for (int i = 0; i < 5; i++) {
            follow(signUp("apollofan" + i).get("token"), star);
        }
        String viewer = signUp("apolloviewer").get("token");
        signUp("apolloother");
        install();

        Process driven = drive(viewer);
        String output = new String(driven.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(driven.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(driven.exitValue()).as(output).isZero();
        assertThat(output).contains("\"pages\":3", "\"followers\":5", "\"persisted\":3", "\"retriedSignUp\":true");
    }

    private static Process drive(String viewerToken) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("node", "drive.mjs").directory(WORK.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(Map.of("NOVA_URL", nova.graphql.toString(), "NOVA_TOKEN", viewerToken,
                "NOVA_STAR", "apollostar", "NOVA_FOLLOWERS", "5", "NOVA_OTHER", "apolloother"));
        return builder.start();
    }

    /** The client's sources and its pinned packages, installed from the lock file ({@code npm ci}) once. */
    private static void install() throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        for (String file : List.of("package.json", "package-lock.json", "drive.mjs")) {
            Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.isDirectory(WORK.resolve("node_modules/@apollo/client"))) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund")
                .directory(WORK.toFile()).redirectErrorStream(true).start();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(npm.waitFor(300, TimeUnit.SECONDS)).as("npm ci").isTrue();
        assertThat(npm.exitValue()).as(output).isZero();
    }

    private static Map<String, String> signUp(String username) throws InterruptedException {
        Map<String, Object> registered = nova.data(nova.post(null, SignUpSignInTest.REGISTER, Map.of("input",
                Map.of("email", username + "@example.com", "username", username, "password", PASSWORD))),
                "register");
        String token = (String) registered.get("accessToken");
        String id = (String) ((Map<?, ?>) registered.get("user")).get("id");
        long deadline = System.currentTimeMillis() + 10_000;
        String profile = "query($u: String!) { user(username: $u) { id } }";
        while (nova.read(nova.post(token, profile, Map.of("u", username))).get("data").toString()
                .equals("{user=null}")) {
            assertThat(System.currentTimeMillis()).as("a profile for " + username).isLessThan(deadline);
            Thread.sleep(50);
        }
        return Map.of("id", id, "token", token);
    }

    private static void follow(String token, String userId) {
        nova.data(nova.post(token, "mutation($id: ID!) { follow(userId: $id) { following } }",
                Map.of("id", userId)), "follow");
    }
}
