package dev.nova.gateway;

import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gateway configured as production's is: introspection refused with a typed error, and a client address's
 * requests above its rate shed before anything runs ({@code 429} with {@code Retry-After}, no GraphQL, no domain
 * call).
 */
class ProductionGatewayTest {

    private static final int BURST = 20;

    @RegisterExtension
    static final GatewayFixture nova = new GatewayFixture(Map.of("nova.gateway.introspection", false,
            "nova.gateway.shed-burst", BURST, "nova.gateway.shed-period-seconds", 600));

    @Test
    void theStandardIntrospectionQueryIsRefusedWithAReason() {
        HttpReply refused = nova.post(null, IntrospectionQuery.INTROSPECTION_QUERY, null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(nova.extensions(refused)).containsEntry("code", "GRAPHQL_VALIDATION_FAILED")
                .containsEntry("reason", "INTROSPECTION_DISABLED");
    }

    @Test
    void anAddressOverItsRateIsAnswered429BeforeAnyDomainCall() {
        String query = "query($u: String!) { user(username: $u) { id } }";
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < BURST + 5; i++) {
            statuses.add(nova.post(null, query, Map.of("u", "nobody" + i)).status());
        }
        long calls = nova.usersCalls();
        HttpReply shed = nova.post(null, query, Map.of("u", "nobody"));

        // The other test of this class may have taken a token of the shared loopback address's burst.
        int answered = statuses.indexOf(429);
        assertThat(answered).isBetween(BURST - 1, BURST);
        assertThat(statuses.subList(0, answered)).containsOnly(200);
        assertThat(statuses.subList(answered, statuses.size())).containsOnly(429);
        assertThat(shed.status()).isEqualTo(429);
        assertThat(nova.code(shed)).isEqualTo("RATE_LIMITED");
        assertThat(Integer.parseInt(shed.headers().get("Retry-After"))).isBetween(1, 600 / BURST);
        assertThat(shed.headers().get("X-Correlation-Id")).isNotBlank();
        assertThat(nova.usersCalls()).as("a shed request reaches no domain").isEqualTo(calls);
    }
}
