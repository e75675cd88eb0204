package dev.nova.identity.application;

import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.LoginRequest;
import dev.nova.identity.api.RegisterRequest;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SignUpAndSignInUseCasesTest {

    private final InMemoryIdentity store = new InMemoryIdentity();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T04:00:00.123456789Z"), ZoneOffset.UTC);
    private final SessionIssuer sessions = new SessionIssuer(store, store, Duration.ofDays(30), clock);
    private final RegisterAccount register = new RegisterAccount(store, store, store, sessions, store, clock);
    private final LogIn logIn = new LogIn(store, store, sessions);
    private final ShowAccount showAccount = new ShowAccount(store);
    private final Caller phone = Caller.anonymous("c", new ClientInfo("203.0.113.9", "NovaApp/1.0"));

    @Test
    void registeringStoresTheAccountAndOpensASessionForTheClient() {
        AuthResult result = register.register(phone, new RegisterRequest("ada@example.com", "ada", "analytical engine"));

        assertThat(store.accounts).containsKey(result.account().id());
        assertThat(store.registeredEvents).extracting(a -> a.id()).containsExactly(result.account().id());
        assertThat(store.sessions).singleElement().satisfies(session -> {
            assertThat(session.client()).isEqualTo(phone.client());
            assertThat(session.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
            assertThat(session.refreshTokenHash()).isNotEqualTo(result.refreshToken());
        });
        assertThat(result.account().createdAt()).isEqualTo(Instant.parse("2026-11-22T04:00:00.123456Z"));
        assertThat(result.expiresIn()).isEqualTo(900);
    }

    @Test
    void aRefusedRegistrationLeavesNothingBehind() {
        register.register(phone, new RegisterRequest("ada@example.com", "ada", "analytical engine"));

        assertThatThrownBy(() -> register.register(phone,
                new RegisterRequest("ADA@example.com", "ada2", "analytical engine")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThatThrownBy(() -> register.register(phone, new RegisterRequest("new@example.com", "new", "short")))
                .isInstanceOf(DomainException.class);

        assertThat(store.accounts).hasSize(1);
        assertThat(store.sessions).hasSize(1);
        assertThat(store.registeredEvents).hasSize(1);
    }

    @Test
    void anUnknownIdentifierSpendsADecoyHashCheckAndGetsTheWrongPasswordAnswer() {
        register.register(phone, new RegisterRequest("ada@example.com", "ada", "analytical engine"));

        DomainException unknown = catchThrowableOfType(DomainException.class,
                () -> logIn.logIn(phone, new LoginRequest("babbage", "difference engine")));
        DomainException wrong = catchThrowableOfType(DomainException.class,
                () -> logIn.logIn(phone, new LoginRequest("ada", "difference engine")));

        assertThat(store.decoyChecks).isEqualTo(1);
        assertThat(store.realChecks).isEqualTo(1);
        assertThat(unknown.code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
        assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
    }

    @Test
    void logsInByEmailOrUsernameIgnoringCaseAndSpaces() {
        register.register(phone, new RegisterRequest("Ada@Example.com", "AdaL", "analytical engine"));

        assertThat(logIn.logIn(phone, new LoginRequest("  ada@example.com ", "analytical engine")).account()
                .username()).isEqualTo("AdaL");
        assertThat(logIn.logIn(phone, new LoginRequest("adal", "analytical engine")).refreshToken()).isNotBlank();
        assertThat(store.sessions).hasSize(3);
    }

    @Test
    void meAnswersOnlyTheCallersOwnAccount() {
        AuthResult ada = register.register(phone, new RegisterRequest("ada@example.com", "ada", "analytical engine"));
        Caller signedIn = Caller.user(ada.account().id(), null, "c", null, null);

        assertThat(showAccount.me(signedIn)).isEqualTo(ada.account());
        assertThatThrownBy(() -> showAccount.me(phone)).isInstanceOf(DomainException.class);
    }
}
