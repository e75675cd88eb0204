package dev.nova.identity;

import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.IdentityApi;
import dev.nova.identity.api.RegisterRequest;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sign-up retried with its idempotency key makes one account, and the key opens nothing for anyone else. */
class IdempotentSignUpIntegrationTest {

    @RegisterExtension
    static final IdentityFixture identity = new IdentityFixture();

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstAccountSignedInAgainAndCreatesNothing() {
        RegisterRequest signUp = new RegisterRequest("retry@example.com", "retrier", "a retried passphrase",
                "3f9e2c4e-5b1a-4c39-9d1e-0c7b2a6e8f10");
        AuthResult first = identity.call(IdentityApi.REGISTER, IdentityFixture.anonymous(), signUp);
        String accountId = first.account().id().toString();

        AuthResult again = identity.call(IdentityApi.REGISTER, IdentityFixture.anonymous(), signUp);

        assertThat(again.account().id()).isEqualTo(first.account().id());
        assertThat(again.refreshToken()).as("a session of its own").isNotEqualTo(first.refreshToken());
        assertThat(identity.count("SELECT count(*) FROM accounts WHERE email_normalized = ?", "retry@example.com"))
                .isEqualTo(1);
        assertThat(identity.count("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND event_type = "
                + "'UserRegistered'", accountId)).as("no second UserRegistered").isEqualTo(1);
    }

    @Test
    void theKeyWithOtherValuesOrAnotherPasswordOpensNothing() {
        String key = "key-for-owner";
        identity.call(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest("owner@example.com", "keyowner", "a guarded secret phrase", key));

        assertThatThrownBy(() -> identity.call(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest("other@example.com", "keythief", "a guarded secret phrase", key)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.field()).isEqualTo("idempotencyKey");
                });
        assertThatThrownBy(() -> identity.call(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest("owner@example.com", "keyowner", "a guessed passphrase", key)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
        assertThatThrownBy(() -> identity.call(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest("odd@example.com", "oddkey", "a fine passphrase", "no spaces allowed")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("idempotencyKey"));
    }

    @Test
    void afterADayTheKeyIsForgotten() {
        String key = "a-day-old-key";
        identity.call(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest("daily@example.com", "dailykey", "a guarded secret phrase", key));
        identity.clock.advance(Duration.ofHours(25));

        assertThatThrownBy(() -> identity.call(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest("daily@example.com", "dailykey", "a guarded secret phrase", key)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT))
                .hasMessageContaining("email");
    }
}
