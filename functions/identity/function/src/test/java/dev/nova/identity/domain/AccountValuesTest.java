package dev.nova.identity.domain;

import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.com", "first.last+tag@mail.example.co.uk", "A_B@Sub-Domain.Example.org"})
    void acceptsOrdinaryEmailAddresses(String email) {
        assertThat(new EmailAddress(email).normalized()).isEqualTo(email.toLowerCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "a@b", "a@@example.com", "a b@example.com", "a@example..com", "@example.com",
            "a@-example.com"})
    void refusesMalformedEmailAddresses(String email) {
        assertBadInput(() -> new EmailAddress(email), "email");
    }

    @Test
    void refusesOverlongAndMissingEmails() {
        assertBadInput(() -> new EmailAddress("a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "."
                + "d".repeat(63) + ".com"), "email");
        assertBadInput(() -> new EmailAddress(null), "email");
        assertThat(new EmailAddress("  ada@example.com ").value()).isEqualTo("ada@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "Ada_Lovelace", "ada.lovelace", "a_1", "abcdefghijklmnopqrstuvwxyz0123"})
    void acceptsHandles(String username) {
        assertThat(new Username(username).normalized()).isEqualTo(username.toLowerCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", ".ada", "ada.", "ad..a", "ada lovelace", "ada@home", "ådå", "abcdefghijklmnopqrstuvwxyz01234"})
    void refusesHandlesThatCannotBeMentioned(String username) {
        assertBadInput(() -> new Username(username), "username");
    }

    @Test
    void aNewPasswordNeedsEightCharactersAndFitsLongPassphrases() {
        assertBadInput(() -> Password.forNewAccount("1234567"), "password");
        assertBadInput(() -> Password.forNewAccount(""), "password");
        assertBadInput(() -> Password.forNewAccount("x".repeat(Password.MAX_LENGTH + 1)), "password");
        assertThat(Password.forNewAccount("correct horse battery staple " + "x".repeat(200)).reveal()).isNotEmpty();
        assertThat(Password.forNewAccount("eight ch").toString()).doesNotContain("eight");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "PASSWORD1", "12345678", "qwertyuiop", "iloveyou", "trustno1", "sunshine"})
    void refusesTheMostCommonPasswordsWhateverTheirCase(String common) {
        assertBadInput(() -> Password.forAccount(common, new Username("ada"), new EmailAddress("ada@example.com")),
                "password");
    }

    @Test
    void shipsAtLeastTheTopTenThousandPasswordsThatPassTheLengthRule() {
        assertThat(CommonPasswords.size()).isGreaterThanOrEqualTo(10_000);
        assertThat(CommonPasswords.contains("Password")).isTrue();
        assertThat(CommonPasswords.contains("correct horse battery staple")).isFalse();
    }

    @Test
    void refusesPasswordsHoldingTheUsernameOrEmail() {
        Username username = new Username("Lovelace");
        EmailAddress email = new EmailAddress("countess.ada@example.com");
        assertBadInput(() -> Password.forAccount("my lovelace secret", username, email), "password");
        assertBadInput(() -> Password.forAccount("Countess.Ada rules!", username, email), "password");
        assertBadInput(() -> Password.forAccount("x countess.ada@example.com", username, email), "password");
        assertThat(Password.forAccount("analytical engine notes", username, email).reveal()).isNotEmpty();
        // Parts shorter than 4 characters are no weakness inside a long passphrase.
        assertThat(Password.forAccount("planning ahead slowly", new Username("ann"), new EmailAddress("an@x.io"))
                .reveal()).isNotEmpty();
    }

    @Test
    void anOfferedPasswordIsOnlyBounded() {
        assertThat(Password.offered("short").reveal()).isEqualTo("short");
        assertThatThrownBy(() -> Password.offered("x".repeat(10_000)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
    }

    @Test
    void aRefreshTokenIsRandomAndStoredAsItsSha256() {
        SecretToken one = SecretToken.generate();
        SecretToken two = SecretToken.generate();

        assertThat(one.value()).isNotEqualTo(two.value()).hasSize(43);
        assertThat(one.hash()).hasSize(64).isEqualTo(new SecretToken(one.value()).hash());
        assertThat(one.toString()).doesNotContain(one.value());
    }

    private static void assertBadInput(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
