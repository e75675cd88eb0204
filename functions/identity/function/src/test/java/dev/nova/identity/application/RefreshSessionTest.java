package dev.nova.identity.application;

import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.RefreshRequest;
import dev.nova.identity.api.RegisterRequest;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefreshSessionTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-22T05:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final InMemoryIdentity store = new InMemoryIdentity();
    private final SessionIssuer issuer = new SessionIssuer(store, store, Duration.ofDays(30), clock);
    private final RefreshSession refresh = new RefreshSession(store, store, issuer, store, clock);
    private final Caller phone = Caller.anonymous("c", ClientInfo.UNKNOWN);
    private final AuthResult signedUp = new RegisterAccount(store, store, store, issuer, store, clock)
            .register(phone, new RegisterRequest("ada@example.com", "ada", "analytical engine"));

    @Test
    void rotationAnswersANewPairAndKillsTheOldRefreshToken() {
        AuthResult renewed = refresh.refresh(phone, new RefreshRequest(signedUp.refreshToken()));

        assertThat(renewed.refreshToken()).isNotEqualTo(signedUp.refreshToken());
        assertThat(renewed.account()).isEqualTo(signedUp.account());
        assertThat(refresh.refresh(phone, new RefreshRequest(renewed.refreshToken())).refreshToken())
                .isNotEqualTo(renewed.refreshToken());
        assertThat(store.sessions).hasSize(1);
    }

    @Test
    void reusingARotatedRefreshTokenRevokesTheFamily() {
        AuthResult renewed = refresh.refresh(phone, new RefreshRequest(signedUp.refreshToken()));

        assertRefused(signedUp.refreshToken());

        assertThat(store.sessions).singleElement().satisfies(s -> assertThat(s.revokedAt()).isNotNull());
        assertRefused(renewed.refreshToken());
    }

    @Test
    void aSessionPastItsAbsoluteLifetimeCannotBeRenewed() {
        now.set(now.get().plus(Duration.ofDays(30)).plusSeconds(1));

        assertRefused(signedUp.refreshToken());
    }

    @Test
    void garbageIsRefusedWithoutALookup() {
        assertRefused("not-a-token");
        assertRefused(null);
        assertRefused("A".repeat(43));
    }

    private void assertRefused(String token) {
        assertThatThrownBy(() -> refresh.refresh(phone, new RefreshRequest(token)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
    }
}
