package dev.nova.local;

import dev.nova.identity.domain.Totp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account's whole security life through the main command, as a person tries it with curl and a mail reader:
 * sign up, open the verification mail in {@code <data-dir>/mail/}, verify, reset the password through the mailed
 * link, turn on two-factor sign-in, and sign in with a code.
 */
class LocalAccountFlowTest {

    private static final Pattern LINK = Pattern.compile("/(verify-email|reset-password)\\?token=([A-Za-z0-9_-]{43})");

    private final LocalClient client = new LocalClient();

    @Test
    void signUpVerifyResetEnableTwoFactorAndSignInWithIt(@TempDir Path dataDir) throws Exception {
        try (LocalRuntime nova = LocalRuntime.start(new LocalOptions(0, dataDir))) {
            String signedUp = graphql(nova, null, "mutation($i: RegisterInput!) { register(input: $i) { accessToken "
                    + "user { emailVerified } } }", "{\"i\": {\"email\": \"flow@example.com\", \"username\": \"flow\", "
                    + "\"password\": \"first local passphrase\"}}");
            assertThat(signedUp).contains("\"emailVerified\":false");

            String verifyMail = onlyMail(dataDir.resolve("mail"), "verify-email");
            assertThat(verifyMail).contains("To: flow@example.com", "Subject: Confirm your email address");
            String verified = graphql(nova, null, "mutation($t: String!) { verifyEmail(input: {token: $t}) "
                    + "{ account { emailVerified } } }",
                    "{\"t\": \"" + token(verifyMail) + "\"}");
            assertThat(verified).isEqualTo("{\"data\":{\"verifyEmail\":{\"account\":{\"emailVerified\":true}}}}");

            graphql(nova, null, "mutation { requestPasswordReset(input: {email: \"flow@example.com\"}) "
                    + "{ accepted } }", "{}");
            String reset = graphql(nova, null, "mutation($t: String!) { resetPassword(input: {token: $t, newPassword: "
                    + "\"second local passphrase\"}) { sessionsEnded } }", "{\"t\": \"" + token(onlyMail(dataDir.resolve("mail"),
                    "reset-password")) + "\"}");
            assertThat(reset).isEqualTo("{\"data\":{\"resetPassword\":{\"sessionsEnded\":1}}}");

            String token = field(login(nova), "accessToken");
            String secret = field(graphql(nova, token, "mutation { enrollTwoFactor { enrollment { secret otpauthUri } } }", "{}"),
                    "secret");
            Totp totp = Totp.of(secret);
            long step = Totp.stepAt(Instant.now());
            assertThat(graphql(nova, token, "mutation($c: String!) { confirmTwoFactor(input: {code: $c}) "
                    + "{ recoveryCodes } }", "{\"c\": \"" + totp.codeAt(step) + "\"}"))
                    .contains("\"confirmTwoFactor\":{\"recoveryCodes\":[\"");

            String challenged = login(nova);
            assertThat(challenged).contains("\"accessToken\":null");
            String signedIn = graphql(nova, null, "mutation($ch: String!, $c: String!) { completeSignIn(input: "
                    + "{challenge: $ch, code: $c}) { accessToken user { username twoFactorEnabled } } }", "{\"ch\": \""
                    + field(challenged, "challenge") + "\", \"c\": \"" + totp.codeAt(step + 1) + "\"}");
            assertThat(signedIn).contains("\"username\":\"flow\"", "\"twoFactorEnabled\":true");
            assertThat(graphql(nova, field(signedIn, "accessToken"), "{ me { username } }", "{}"))
                    .isEqualTo("{\"data\":{\"me\":{\"username\":\"flow\"}}}");
        }
    }

    private String login(LocalRuntime nova) throws Exception {
        return graphql(nova, null, "mutation { login(input: {identifier: \"flow\", password: "
                + "\"second local passphrase\"}) { accessToken secondFactor { challenge } } }", "{}");
    }

    /** The one mail holding a link to {@code page}. */
    private static String onlyMail(Path folder, String page) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> mails = files.filter(file -> file.toString().endsWith(".eml")).map(LocalAccountFlowTest::read)
                    .filter(mail -> mail.contains("/" + page + "?token=")).toList();
            assertThat(mails).hasSize(1);
            return mails.get(0);
        }
    }

    private static String token(String mail) {
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).isTrue();
        return link.group(2);
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(value.find()).as(json).isTrue();
        return value.group(1);
    }

    private String graphql(LocalRuntime nova, String token, String query, String variables) throws Exception {
        return client.graphql(nova, token, query, variables);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
