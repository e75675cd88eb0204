package dev.nova.identity.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

    /** RFC 6238 appendix B's SHA-1 secret, "12345678901234567890". */
    private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void answersTheRfc6238TestVectorsCutToSixDigits() {
        Totp totp = Totp.of(RFC_SECRET);
        assertThat(codeAt(totp, 59)).isEqualTo("287082");
        assertThat(codeAt(totp, 1111111109)).isEqualTo("081804");
        assertThat(codeAt(totp, 1111111111)).isEqualTo("050471");
        assertThat(codeAt(totp, 1234567890)).isEqualTo("005924");
        assertThat(codeAt(totp, 2000000000)).isEqualTo("279037");
        assertThat(codeAt(totp, 20000000000L)).isEqualTo("353130");
    }

    @Test
    void acceptsOneStepOfSkewEitherWayButNotTwo() {
        Totp totp = Totp.of(RFC_SECRET);
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.stepAt(now);
        assertThat(totp.matchingStep(totp.codeAt(step - 1), now, null)).hasValue(step - 1);
        assertThat(totp.matchingStep(totp.codeAt(step + 1), now, null)).hasValue(step + 1);
        assertThat(totp.matchingStep(totp.codeAt(step - 2), now, null)).isEmpty();
        assertThat(totp.matchingStep(totp.codeAt(step + 2), now, null)).isEmpty();
    }

    @Test
    void neverAcceptsAStepAtOrBeforeTheLastOneUsed() {
        Totp totp = Totp.of(RFC_SECRET);
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.stepAt(now);
        assertThat(totp.matchingStep(totp.codeAt(step), now, step)).isEmpty();
        assertThat(totp.matchingStep(totp.codeAt(step), now, step - 1)).hasValue(step);
    }

    @Test
    void refusesWhatIsNotSixDigitsAndForgivesTheSpaceAppsShow() {
        Totp totp = Totp.of(RFC_SECRET);
        Instant now = Instant.ofEpochSecond(59);
        assertThat(totp.matchingStep("287 082", now, null)).isPresent();
        assertThat(totp.matchingStep("28708", now, null)).isEmpty();
        assertThat(totp.matchingStep("abcdef", now, null)).isEmpty();
        assertThat(totp.matchingStep(null, now, null)).isEmpty();
    }

    @Test
    void secretsAre160BitsOfBase32AndRoundTrip() {
        String secret = Totp.newSecret();
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.base32(Totp.fromBase32(secret))).isEqualTo(secret);
        assertThat(Totp.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void theUriIsWhatAuthenticatorAppsRead() {
        assertThat(Totp.uri("Nova", "ada lovelace", "ABC"))
                .isEqualTo("otpauth://totp/Nova:ada%20lovelace?secret=ABC&issuer=Nova&algorithm=SHA1&digits=6"
                        + "&period=30");
    }

    @Test
    void recoveryCodesAreTenDistinctAndForgiveCaseAndDashes() {
        var codes = RecoveryCode.generate();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        String value = codes.get(0).value();
        assertThat(value).matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){3}");
        assertThat(RecoveryCode.presented(value.replace("-", "").toLowerCase()).orElseThrow().hash())
                .isEqualTo(codes.get(0).hash());
        assertThat(RecoveryCode.presented("not a code")).isEmpty();
    }

    private static String codeAt(Totp totp, long epochSecond) {
        return totp.codeAt(Totp.stepAt(Instant.ofEpochSecond(epochSecond)));
    }
}
