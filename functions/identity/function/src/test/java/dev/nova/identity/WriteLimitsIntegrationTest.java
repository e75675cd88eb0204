package dev.nova.identity;

import dev.nova.identity.api.IdentityApi;
import dev.nova.identity.api.RegisterRequest;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.testing.TestLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** identity's write limits as AWS runs them (scale 1): sign-ups per client address, mail per account. */
class WriteLimitsIntegrationTest {

    @RegisterExtension
    static final IdentityFixture identity = new IdentityFixture(Map.of(TestLimits.SCALE, 1));

    @Test
    void fiveSignUpsFromOneAddressEveryThirtyMinutesAndOtherAddressesAreUntouched() {
        Caller fromOneAddress = from("203.0.113.7");
        for (int i = 0; i < 5; i++) {
            identity.call(IdentityApi.REGISTER, fromOneAddress, new RegisterRequest("limit" + i + "@example.com",
                    "limit" + i, "a sign-up passphrase"));
        }

        assertThatThrownBy(() -> identity.call(IdentityApi.REGISTER, fromOneAddress,
                new RegisterRequest("limit5@example.com", "limit5", "a sign-up passphrase")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                    assertThat(e.retryAfterSeconds()).hasValue(360L);  // one sign-up in 30 min / 5
                });
        identity.call(IdentityApi.REGISTER, from("198.51.100.20"),
                new RegisterRequest("elsewhere@example.com", "elsewhere", "a sign-up passphrase"));
        identity.clock.advance(Duration.ofMinutes(6));
        identity.call(IdentityApi.REGISTER, fromOneAddress, new RegisterRequest("limit5@example.com", "limit5",
                "a sign-up passphrase"));
    }

    private static Caller from(String address) {
        return Caller.anonymous("limits-" + UUID.randomUUID(), new ClientInfo(address, "junit"));
    }
}
