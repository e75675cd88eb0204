package dev.nova.identity;

import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.IdentityApi;
import dev.nova.identity.api.LoginRequest;
import dev.nova.identity.api.RegisterRequest;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.nova.identity.AccountRecoveryIntegrationTest.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Sign-in throttling and the timing of unknown identifiers, on real PostgreSQL and the real argon2id hasher. */
class ThrottlingAndTimingIntegrationTest {

    @RegisterExtension
    static final IdentityFixture identity = new IdentityFixture();

    @Test
    void failuresFromOneAddressEngageAGrowingDelayThatReleases() {
        register("throttled@example.com", "throttled");
        Caller attacker = from("203.0.113.7");
        for (int i = 0; i < 5; i++) {
            String guess = "wrong guess " + i;
            assertThat(code(() -> login(attacker, "throttled", guess)))
                    .isEqualTo(ErrorCode.UNAUTHENTICATED);
        }
        DomainException limited = (DomainException) catchThrowable(() -> login(attacker, "throttled",
                "the right password"));
        assertThat(limited.code()).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(limited.retryAfterSeconds()).hasValue(1L);

        identity.clock.advance(Duration.ofSeconds(1));
        assertThat(code(() -> login(attacker, "throttled", "sixth guess"))).isEqualTo(ErrorCode.UNAUTHENTICATED);
        DomainException longer = (DomainException) catchThrowable(() -> login(attacker, "throttled", "x guess"));
        assertThat(longer.retryAfterSeconds()).hasValue(2L);

        identity.clock.advance(Duration.ofSeconds(2));
        assertThat(login(attacker, "throttled", "the right password").accessToken()).isNotBlank();
        // A correct password clears the address's failures: the next mistake is not delayed.
        assertThat(code(() -> login(attacker, "throttled", "typo"))).isEqualTo(ErrorCode.UNAUTHENTICATED);
    }

    @Test
    void anotherAddressIsNotSlowedByOnesFailures() {
        register("bystander@example.com", "bystander");
        Caller attacker = from("203.0.113.8");
        for (int i = 0; i < 6; i++) {
            catchThrowable(() -> login(attacker, "bystander", "wrong guess"));
        }
        assertThat(code(() -> login(attacker, "bystander", "the right password"))).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(login(from("198.51.100.1"), "bystander", "the right password").accessToken()).isNotBlank();
    }

    @Test
    void manyAddressesAreCappedAccountWideWhileTheOwnersKnownAddressIsNot() {
        register("target@example.com", "target");
        Caller owner = from("192.0.2.10");
        login(owner, "target", "the right password");
        for (int i = 0; i < 50; i++) {
            Caller bot = from("198.18.0." + i);
            assertThat(code(() -> login(bot, "target", "spray"))).isEqualTo(ErrorCode.UNAUTHENTICATED);
        }
        DomainException capped = (DomainException) catchThrowable(() -> login(from("198.18.1.1"), "target",
                "spray"));
        assertThat(capped.code()).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(capped.retryAfterSeconds()).hasValue(72L);

        assertThat(login(owner, "target", "the right password").accessToken()).isNotBlank();
        identity.clock.advance(Duration.ofSeconds(72));
        assertThat(login(from("198.18.1.2"), "target", "the right password").accessToken()).isNotBlank();
    }

    @Test
    void anUnknownIdentifierIsThrottledExactlyLikeAnAccount() {
        register("real@example.com", "realone");
        Caller prober = from("203.0.113.9");
        List<ErrorCode> known = new ArrayList<>();
        List<ErrorCode> unknown = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            known.add(code(() -> login(prober, "realone", "guess")));
            unknown.add(code(() -> login(prober, "ghost-" + "one", "guess")));
        }
        assertThat(unknown).isEqualTo(known);
        assertThat(known).contains(ErrorCode.RATE_LIMITED);
    }

    @Test
    void anUnknownUserTakesTheTimeOfAWrongPassword() {
        register("timed@example.com", "timed");
        for (int i = 0; i < 5; i++) {
            Caller one = from("10.1.0." + i);
            Caller other = from("10.2.0." + i);
            catchThrowable(() -> login(one, "timed", "warm up"));
            catchThrowable(() -> login(other, "nobody-here", "warm up"));
        }
        List<Long> wrongPassword = new ArrayList<>();
        List<Long> unknownUser = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // Fresh addresses and identifiers, so that throttling never enters the measure.
            Caller wrongCaller = from("10.3." + i + ".1");
            Caller unknownCaller = from("10.4." + i + ".1");
            String ghost = "ghost" + i;
            wrongPassword.add(timed(() -> login(wrongCaller, "timed", "not the password")));
            unknownUser.add(timed(() -> login(unknownCaller, ghost, "not the password")));
        }
        double known = median(wrongPassword);
        double ghost = median(unknownUser);
        assertThat(Math.abs(ghost - known) / known)
                .as("median unknown-user %.1f ms vs wrong-password %.1f ms", ghost / 1e6, known / 1e6)
                .isLessThan(0.10);
    }

    private static long timed(Runnable call) {
        long start = System.nanoTime();
        Throwable thrown = catchThrowable(call::run);
        long elapsed = System.nanoTime() - start;
        assertThat(((DomainException) thrown).code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
        return elapsed;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2.0;
    }

    private static void register(String email, String username) {
        identity.call(IdentityApi.REGISTER, from("192.0.2.200"),
                new RegisterRequest(email, username, "the right password"));
    }

    private static AuthResult login(Caller caller, String identifier, String password) {
        return identity.call(IdentityApi.LOGIN, caller, new LoginRequest(identifier, password));
    }

    private static Caller from(String address) {
        return Caller.anonymous("test-" + UUID.randomUUID(), new ClientInfo(address, "junit"));
    }
}
