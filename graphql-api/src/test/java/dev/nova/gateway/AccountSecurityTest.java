package dev.nova.gateway;

import dev.nova.identity.domain.Totp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Account security through GraphQL: recovery, two-factor sign-in, throttling, the security log, deletion. */
class AccountSecurityTest {

    private static final String PASSWORD = "gateway passphrase";
    private static final String LOGIN = "mutation($i: LoginInput!) { login(input: $i) { accessToken "
            + "secondFactor { challenge expiresAt } user { twoFactorEnabled } } }";

    @RegisterExtension
    static final GatewayFixture nova = new GatewayFixture();

    @Test
    void aPasswordResetThroughTheMailedLinkEndsTheOldAccessTokenWithinFiveSeconds() throws Exception {
        String oldToken = signUp("resetgw");
        assertThat(nova.data(nova.post(null, "mutation { requestPasswordReset(input: {email: \"nobody@example.com\"})"
                + " { accepted } }", null), "requestPasswordReset")).containsEntry("accepted", true);
        nova.post(null, "mutation($e: String!) { requestPasswordReset(input: {email: $e}) { accepted } }",
                Map.of("e", "resetgw@example.com"));
        String token = nova.mailbox.tokenMailedTo("resetgw@example.com", "reset-password");

        HttpReply reset = nova.post(null, "mutation($t: String!, $p: String!) { resetPassword(input: {token: $t, "
                + "newPassword: $p}) { sessionsEnded } }", Map.of("t", token, "p", "a brand new passphrase"));

        assertThat(nova.data(reset, "resetPassword")).containsEntry("sessionsEnded", 1);
        assertThat(SessionsTest.millisUntilRefused(nova, oldToken)).isLessThanOrEqualTo(5_000);
        assertThat(nova.code(login("resetgw", PASSWORD))).isEqualTo("UNAUTHENTICATED");
        assertThat(accessToken(login("resetgw", "a brand new passphrase"))).isNotBlank();
    }

    @Test
    void twoFactorSignInAnswersAChallengeThatACodeCompletes() {
        String token = signUp("totpgw");
        Map<String, Object> enrollment = nova.data(nova.post(token,
                "mutation { enrollTwoFactor { enrollment { secret otpauthUri } } }", null), "enrollTwoFactor");
        Totp totp = Totp.of((String) ((Map<?, ?>) enrollment.get("enrollment")).get("secret"));
        long step = Totp.stepAt(Instant.now());
        Map<String, Object> confirmed = nova.data(nova.post(token, "mutation($c: String!) { confirmTwoFactor(input: "
                + "{code: $c, clientMutationId: \"2fa-1\"}) { recoveryCodes account { twoFactorEnabled } "
                + "clientMutationId } }", Map.of("c", totp.codeAt(step))), "confirmTwoFactor");
        assertThat((List<?>) confirmed.get("recoveryCodes")).hasSize(10);
        assertThat(confirmed.get("account")).as("the payload answers the account as it is now")
                .isEqualTo(Map.of("twoFactorEnabled", true));
        assertThat(confirmed).containsEntry("clientMutationId", "2fa-1");

        Map<String, Object> challenged = nova.data(login("totpgw", PASSWORD), "login");
        assertThat(challenged.get("accessToken")).isNull();
        String challenge = (String) ((Map<?, ?>) challenged.get("secondFactor")).get("challenge");

        HttpReply completed = nova.post(null, "mutation($ch: String!, $c: String!) { completeSignIn(input: "
                + "{challenge: $ch, code: $c}) { accessToken user { twoFactorEnabled } } }", Map.of("ch", challenge,
                "c", totp.codeAt(step + 1)));
        Map<String, Object> signedIn = nova.data(completed, "completeSignIn");
        assertThat((String) signedIn.get("accessToken")).isNotBlank();
        assertThat(((Map<?, ?>) signedIn.get("user")).get("twoFactorEnabled")).isEqualTo(true);
    }

    @Test
    void repeatedFailuresAreRateLimitedWithARetryAfter() {
        signUp("limitedgw");
        for (int i = 0; i < 5; i++) {
            assertThat(nova.code(login("limitedgw", "wrong " + i))).isEqualTo("UNAUTHENTICATED");
        }
        Map<String, Object> extensions = nova.extensions(login("limitedgw", PASSWORD));
        assertThat(extensions.get("code")).isEqualTo("RATE_LIMITED");
        assertThat(((Number) extensions.get("retryAfter")).intValue()).isPositive();
    }

    @Test
    void theSecurityLogIsAConnectionOfTheOwnersOwnEvents() {
        String token = signUp("loggedgw");
        login("loggedgw", PASSWORD);
        nova.post(token, "mutation { changeUsername(input: {username: \"loggedgw2\"}) { account { username } } }", null);

        Map<String, Object> page = nova.data(nova.post(token, "{ securityEvents(first: 1) { nodes { type "
                + "clientAddress occurredAt } pageInfo { hasNextPage endCursor } } }", null), "securityEvents");

        assertThat((List<?>) page.get("nodes")).singleElement()
                .satisfies(node -> assertThat(((Map<?, ?>) node).get("type")).isEqualTo("USERNAME_CHANGED"));
        assertThat(((Map<?, ?>) page.get("pageInfo")).get("hasNextPage")).isEqualTo(true);
        assertThat(nova.code(nova.post(null, "{ securityEvents { nodes { type } } }", null)))
                .isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aDeletedAccountsTokenStopsWorkingAndItCannotSignIn() throws Exception {
        String token = signUp("deletedgw");
        assertThat(nova.code(nova.post(token, "mutation { deleteAccount(input: {password: \"nope nope\"}) { deletedAccountId } }", null)))
                .isEqualTo("FORBIDDEN");

        assertThat(nova.data(nova.post(token, "mutation($p: String) { deleteAccount(input: {password: $p}) "
                + "{ deletedAccountId } }", Map.of("p", PASSWORD)), "deleteAccount").get("deletedAccountId"))
                .asString().isNotBlank();

        assertThat(SessionsTest.millisUntilRefused(nova, token)).isLessThanOrEqualTo(5_000);
        assertThat(nova.code(login("deletedgw", PASSWORD))).isEqualTo("UNAUTHENTICATED");
    }

    private static String signUp(String username) {
        return (String) nova.data(nova.post(null, SignUpSignInTest.REGISTER, Map.of("input", Map.of(
                "email", username + "@example.com", "username", username, "password", PASSWORD))), "register")
                .get("accessToken");
    }

    private static HttpReply login(String identifier, String password) {
        return nova.post(null, LOGIN, Map.of("i", Map.of("identifier", identifier, "password", password)));
    }

    private static String accessToken(HttpReply reply) {
        return (String) nova.data(reply, "login").get("accessToken");
    }
}
