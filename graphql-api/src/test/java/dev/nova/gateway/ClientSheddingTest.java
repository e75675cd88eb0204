package dev.nova.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway sheds a client address's requests above its rate before anything runs: {@code 429} with
 * {@code Retry-After}, no GraphQL, no domain call.
 */
class ClientSheddingTest {

    @RegisterExtension
    static final GatewayFixture nova = new GatewayFixture(Map.of("nova.gateway.shed-burst", 8,
            "nova.gateway.shed-period-seconds", 600));

    @Test
    void anAddressOverItsRateIsAnswered429BeforeAnyDomainCall() {
        String query = "query($u: String!) { user(username: $u) { id } }";
        List<Integer> statuses = new ArrayList<>();
        HttpReply last = null;
        for (int i = 0; i < 12; i++) {
            last = nova.post(null, query, Map.of("u", "nobody" + i));
            statuses.add(last.status());
        }
        long calls = nova.usersCalls();
        HttpReply shed = nova.post(null, query, Map.of("u", "nobody"));

        assertThat(statuses.subList(0, 8)).containsOnly(200);
        assertThat(statuses.subList(8, 12)).containsOnly(429);
        assertThat(shed.status()).isEqualTo(429);
        assertThat(nova.code(shed)).isEqualTo("RATE_LIMITED");
        assertThat(Integer.parseInt(shed.headers().get("Retry-After"))).isBetween(1, 75);
        assertThat(nova.usersCalls()).as("a shed request reaches no domain").isEqualTo(calls);
        assertThat(last.headers().get("X-Correlation-Id")).isNotBlank();
    }
}
