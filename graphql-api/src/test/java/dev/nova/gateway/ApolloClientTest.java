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
        String star = Person.signUp(nova, "apollostar", PASSWORD).id();
        for (int i = 0; i < 5; i++) {
            follow(Person.signUp(nova, "apollofan" + i, PASSWORD).token(), star);
        }
        String viewer = Person.signUp(nova, "apolloviewer", PASSWORD).token();
        Person.signUp(nova, "apolloother", PASSWORD);
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

    private static void follow(String token, String userId) {
        nova.data(nova.post(token, "mutation($id: ID!) { follow(input: {userId: $id}) { relationship { following } } }",
                Map.of("id", userId)), "follow");
    }
}
