package dev.nova.gateway;

import com.nimbusds.jwt.SignedJWT;
import dev.nova.gateway.graphql.GlobalIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Ended sessions stop working everywhere within seconds, not at token expiry. */
class SessionsTest {

    private static final String REVOKE = "mutation($id: ID!) { revokeSession(input: {sessionId: $id}) "
            + "{ revokedSessionId } }";
    private static final String LOGIN = "mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken } }";
    private static final long FIVE_SECONDS = 5_000;

    @RegisterExtension
    static final GatewayFixture nova = new GatewayFixture();

    @Test
    void logoutMakesTheAccessTokenFailAtTheGatewayWithinFiveSeconds() throws Exception {
        Map<String, Object> session = signUp("logout");
        String token = (String) session.get("accessToken");
        assertThat(nova.post(token, SignUpSignInTest.ME, null).status()).isEqualTo(200);

        assertThat(nova.post(token, "mutation { logout { sessionEnded } }", null).bodyText())
                .contains("\"logout\":{\"sessionEnded\":true}");
        long refusedAfter = millisUntilRefused(token);

        assertThat(refusedAfter).isLessThanOrEqualTo(FIVE_SECONDS);
        assertThat(nova.code(nova.post(null, SignUpSignInTest.REFRESH,
                Map.of("token", session.get("refreshToken"))))).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void revokingAnotherOfMySessionsEndsItWithinFiveSecondsAndLeavesThisOne() throws Exception {
        signUp("twophones");
        String phone = login("twophones");
        String laptop = login("twophones");

        HttpReply revoked = nova.post(laptop, REVOKE, Map.of("id", sessionOf(phone)));

        assertThat(nova.data(revoked, "revokeSession")).containsEntry("revokedSessionId", sessionOf(phone));
        assertThat(millisUntilRefused(phone)).isLessThanOrEqualTo(FIVE_SECONDS);
        assertThat(nova.post(laptop, SignUpSignInTest.ME, null).status()).isEqualTo(200);
    }

    @Test
    void noOneCanRevokeSomeoneElsesSession() throws Exception {
        Map<String, Object> victim = signUp("victim");
        Map<String, Object> attacker = signUp("attacker");
        String victimToken = (String) victim.get("accessToken");

        HttpReply attempt = nova.post((String) attacker.get("accessToken"),
                REVOKE, Map.of("id", sessionOf(victimToken)));
        HttpReply unknown = nova.post((String) attacker.get("accessToken"),
                REVOKE, Map.of("id", GlobalIds.of("Session", UUID.randomUUID())));

        assertThat(nova.code(attempt)).isEqualTo("NOT_FOUND");
        assertThat(nova.message(unknown)).isEqualTo(nova.message(attempt));
        Thread.sleep(2_500);
        assertThat(nova.post(victimToken, SignUpSignInTest.ME, null).status()).isEqualTo(200);
    }

    @Test
    void logoutEverywhereEndsEverySession() throws Exception {
        signUp("everywhere");
        String one = login("everywhere");
        String two = login("everywhere");

        HttpReply ended = nova.post(two, "mutation { logoutEverywhere { sessionsEnded } }", null);

        assertThat(nova.data(ended, "logoutEverywhere")).containsEntry("sessionsEnded", 3);
        assertThat(millisUntilRefused(one)).isLessThanOrEqualTo(FIVE_SECONDS);
        assertThat(millisUntilRefused(two)).isLessThanOrEqualTo(FIVE_SECONDS);
    }

    @Test
    void listsMyLiveSessionsNewestFirstAPageAtATime() throws Exception {
        signUp("lister");
        String older = login("lister");
        String newest = login("lister");
        String page = "query($after: String) { sessions(first: 2, after: $after) { nodes { id current } "
                + "pageInfo { hasNextPage endCursor } } }";

        Map<String, Object> first = nova.data(nova.post(newest, page, null), "sessions");
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) first.get("pageInfo");
        Map<String, Object> second = nova.data(nova.post(newest, page, Map.of("after", info.get("endCursor"))),
                "sessions");

        assertThat(first.get("nodes").toString()).startsWith("[{id=" + sessionOf(newest) + ", current=true}, {id="
                + sessionOf(older) + ", current=false}]");
        assertThat(info).containsEntry("hasNextPage", true);
        assertThat((List<?>) second.get("nodes")).hasSize(1);
        assertThat(nova.code(nova.post(null, page, null))).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void signingOutNeedsASession() {
        assertThat(nova.code(nova.post(null, "mutation { logout { sessionEnded } }", null))).isEqualTo("UNAUTHENTICATED");
    }

    static long millisUntilRefused(String token) throws InterruptedException {
        return millisUntilRefused(nova, token);
    }

    /**
     * How long until the gateway refuses {@code token} as revoked ({@code me} answers UNAUTHENTICATED with reason
     * TOKEN_REVOKED), polling every 100 ms for at most 10 s.
     */
    static long millisUntilRefused(GatewayFixture nova, String token) throws InterruptedException {
        long started = System.nanoTime();
        while (!nova.post(token, SignUpSignInTest.ME, null).bodyText().contains("\"reason\":\"TOKEN_REVOKED\"")) {
            if (System.nanoTime() - started > 10_000_000_000L) {
                return Long.MAX_VALUE;
            }
            Thread.sleep(100);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static Map<String, Object> signUp(String username) {
        return nova.data(nova.post(null, SignUpSignInTest.REGISTER, Map.of("input", Map.of(
                "email", username + "@example.com", "username", username, "password", "sessions end"))), "register");
    }

    private static String login(String username) {
        return (String) nova.data(nova.post(null, LOGIN, Map.of("i",
                Map.of("identifier", username, "password", "sessions end"))), "login").get("accessToken");
    }

    /** The global id of the session an access token belongs to (its {@code sid} claim). */
    private static String sessionOf(String accessToken) throws Exception {
        return GlobalIds.of("Session", SignedJWT.parse(accessToken).getJWTClaimsSet().getStringClaim("sid"));
    }
}
