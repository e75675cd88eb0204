package dev.nova.identity.config;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * identity's configuration ({@code nova.identity.*}).
 *
 * @param signingKeys       a private JWK set, newest key first, inline
 * @param signingKeysFile   a file holding that JWK set (the local runtime keeps one in its data folder)
 * @param signingKeysSecret the Secrets Manager secret holding it (in AWS)
 * @param linksBaseUrl      where the app's pages for mailed links live ({@code /verify-email}, {@code /reset-password})
 * @param mailFrom          the sender of identity's mail (a verified SES identity in AWS)
 * @param mailDirectory     when set, mail is written there as {@code .eml} files instead of sent through SES
 * @param sesConfigurationSet the SES configuration set (bounce and complaint handling), or null
 * @param resetAnswerFloor  the least time a password reset request takes to answer, whether or not the address is
 *                          known, so that the time does not tell
 */
@ConfigurationProperties("nova.identity")
public record IdentitySettings(String issuer,
                               String audience,
                               Duration accessTokenLifetime,
                               Duration sessionLifetime,
                               @Nullable String signingKeys,
                               @Nullable String signingKeysFile,
                               @Nullable String signingKeysSecret,
                               String linksBaseUrl,
                               String mailFrom,
                               @Nullable String mailDirectory,
                               @Nullable String sesConfigurationSet,
                               Duration resetAnswerFloor) {

    @Override
    public String toString() {
        return "IdentitySettings[issuer=" + issuer + ", audience=" + audience + "]";
    }
}
