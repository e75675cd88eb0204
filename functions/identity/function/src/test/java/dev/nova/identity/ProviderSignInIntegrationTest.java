package dev.nova.identity;

import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.IdentityApi;
import dev.nova.identity.api.ProviderSignInRequest;
import dev.nova.identity.api.RegisterRequest;
import dev.nova.identity.domain.SecretToken;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.testing.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.Map;

import static dev.nova.identity.AccountRecoveryIntegrationTest.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Sign-in with Google and Apple against local test issuers with keys of their own. */
class ProviderSignInIntegrationTest {

    @RegisterExtension
    static final IdentityFixture identity = new IdentityFixture();

    private static final String NONCE = "n-0S6_WzA2Mj";

    @Test
    void aNewGoogleUserGetsAnAccountWithAVerifiedEmailAndNoPassword() {
        AuthResult result = google("g-1001", "new.person@gmail.test", true, null);

        assertThat(result.accessToken()).isNotBlank();
        assertThat(result.account().email()).isEqualTo("new.person@gmail.test");
        assertThat(result.account().emailVerified()).isTrue();
        assertThat(result.account().username()).startsWith("newperson");
        assertThat(identity.count("SELECT count(*) FROM accounts WHERE id = ? AND password_hash IS NULL",
                result.account().id())).isEqualTo(1);
        assertThat(google("g-1001", "new.person@gmail.test", true, null).account().id())
                .isEqualTo(result.account().id());
    }

    @Test
    void aVerifiedProviderEmailLinksTheExistingAccountAnUnverifiedOneDoesNot() {
        AuthResult existing = identity.call(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest("linked@example.com", "linkme", "a fine passphrase"));

        assertThat(code(() -> google("g-2002", "linked@example.com", false, null))).isEqualTo(ErrorCode.CONFLICT);
        AuthResult linked = google("g-2003", "linked@example.com", true, null);

        assertThat(linked.account().id()).isEqualTo(existing.account().id());
        assertThat(linked.account().emailVerified()).isTrue();
    }

    @Test
    void appleCarriesTheHashOfTheNonceAndSometimesAStringBoolean() {
        Instant now = identity.clock.instant();
        String token = identity.apple.idToken("a-3003", IdentityFixture.APPLE_CLIENT, now, Map.of(
                "nonce", SecretToken.sha256(NONCE), "email", "relay@privaterelay.apple.test",
                "email_verified", "true"));
        AuthResult result = identity.call(IdentityApi.SIGN_IN_WITH_PROVIDER, IdentityFixture.anonymous(),
                new ProviderSignInRequest("apple", token, NONCE, "apple_fan"));

        assertThat(result.account().username()).isEqualTo("apple_fan");
        assertThat(result.account().emailVerified()).isTrue();
    }

    @Test
    void refusesTokensWithTheWrongIssuerAudienceExpiryNonceOrSignature() {
        TestIdentityProvider google = identity.google;
        Instant now = identity.clock.instant();
        Map<String, Object> claims = Map.of("nonce", NONCE, "email", "x@gmail.test", "email_verified", true);
        String client = IdentityFixture.GOOGLE_CLIENT;

        String wrongIssuer = google.token(false, "https://evil.test", "g-1", client, now, now.plusSeconds(600),
                claims);
        String wrongAudience = google.token(false, google.issuer(), "g-1", "someone-else", now,
                now.plusSeconds(600), claims);
        String expired = google.token(false, google.issuer(), "g-1", client, now.minusSeconds(3600),
                now.minusSeconds(120), claims);
        String wrongNonce = google.token(false, google.issuer(), "g-1", client, now, now.plusSeconds(600),
                Map.of("nonce", "another", "email", "x@gmail.test", "email_verified", true));
        String wrongSignature = google.token(true, google.issuer(), "g-1", client, now, now.plusSeconds(600),
                claims);
        String appleTokenAtGoogle = identity.apple.idToken("g-1", client, now, claims);

        for (String token : new String[] {wrongIssuer, wrongAudience, expired, wrongNonce, wrongSignature,
                appleTokenAtGoogle, "not.a.jwt", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJnLTEifQ."}) {
            Throwable refused = catchThrowable(() -> identity.call(IdentityApi.SIGN_IN_WITH_PROVIDER,
                    IdentityFixture.anonymous(), new ProviderSignInRequest("google", token, NONCE, null)));
            assertThat(((DomainException) refused).code()).as(token).isEqualTo(ErrorCode.UNAUTHENTICATED);
        }
        assertThat(identity.count("SELECT count(*) FROM external_identities WHERE subject = ?", "g-1")).isZero();
    }

    @Test
    void anUnknownProviderIsBadInput() {
        assertThat(code(() -> identity.call(IdentityApi.SIGN_IN_WITH_PROVIDER, IdentityFixture.anonymous(),
                new ProviderSignInRequest("myspace", "x", NONCE, null)))).isEqualTo(ErrorCode.BAD_USER_INPUT);
    }

    private static AuthResult google(String subject, String email, boolean verified, String username) {
        String token = identity.google.idToken(subject, IdentityFixture.GOOGLE_CLIENT, identity.clock.instant(),
                Map.of("nonce", NONCE, "email", email, "email_verified", verified));
        return identity.call(IdentityApi.SIGN_IN_WITH_PROVIDER, IdentityFixture.anonymous(),
                new ProviderSignInRequest("google", token, NONCE, username));
    }
}
