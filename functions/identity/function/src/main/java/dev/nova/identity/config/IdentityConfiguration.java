package dev.nova.identity.config;

import dev.nova.events.DomainEvents;
import dev.nova.events.OutboxOperations;
import dev.nova.identity.adapter.in.lambda.IdentityOperations;
import dev.nova.identity.adapter.out.events.OutboxAccountEvents;
import dev.nova.identity.adapter.out.mail.EmlFileMailSender;
import dev.nova.identity.adapter.out.mail.SesMailSender;
import dev.nova.identity.adapter.out.persistence.AccountRepository;
import dev.nova.identity.adapter.out.persistence.AccountTokenRepository;
import dev.nova.identity.adapter.out.persistence.IdempotencyKeyRepository;
import dev.nova.identity.adapter.out.persistence.JdbcAccountTokens;
import dev.nova.identity.adapter.out.persistence.JdbcAccounts;
import dev.nova.identity.adapter.out.persistence.JdbcIdempotencyKeys;
import dev.nova.identity.adapter.out.persistence.JdbcLoginFailures;
import dev.nova.identity.adapter.out.persistence.JdbcRecoveryCodes;
import dev.nova.identity.adapter.out.persistence.JdbcSecurityLog;
import dev.nova.identity.adapter.out.persistence.JdbcSessions;
import dev.nova.identity.adapter.out.persistence.LoginFailureRepository;
import dev.nova.identity.adapter.out.persistence.RecoveryCodeRepository;
import dev.nova.identity.adapter.out.persistence.SecurityEventRepository;
import dev.nova.identity.adapter.out.persistence.SessionRepository;
import dev.nova.identity.adapter.out.providers.OidcProviderTokens;
import dev.nova.identity.adapter.out.security.Argon2idPasswordHasher;
import dev.nova.identity.adapter.out.security.JwkSigningKeys;
import dev.nova.identity.adapter.out.security.JwtAccessTokens;
import dev.nova.identity.api.IdentityApi;
import dev.nova.identity.application.AccountChanges;
import dev.nova.identity.application.AccountMails;
import dev.nova.identity.application.AccountQueries;
import dev.nova.identity.application.EmailVerification;
import dev.nova.identity.application.ListRevocations;
import dev.nova.identity.application.ListSessions;
import dev.nova.identity.application.LogIn;
import dev.nova.identity.application.LogOut;
import dev.nova.identity.application.LogOutEverywhere;
import dev.nova.identity.application.LoginThrottle;
import dev.nova.identity.application.MailSender;
import dev.nova.identity.application.PasswordRecovery;
import dev.nova.identity.application.ProviderSignIn;
import dev.nova.identity.application.Reauthenticator;
import dev.nova.identity.application.RefreshSession;
import dev.nova.identity.application.RegisterAccount;
import dev.nova.identity.application.RevokeSession;
import dev.nova.identity.application.SecondFactor;
import dev.nova.identity.application.SessionIssuer;
import dev.nova.identity.application.SignInGate;
import dev.nova.identity.application.TwoFactor;
import dev.nova.identity.domain.Password;
import dev.nova.invocation.DomainOperations;
import dev.nova.invocation.Primer;
import dev.nova.persistence.Transactions;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/** Wires the identity domain: the only class of the domain that knows the framework. */
@Factory
@Requires(env = "identity")
public class IdentityConfiguration {

    @Singleton
    JwkSigningKeys signingKeys(IdentitySettings settings, BeanProvider<SecretsManagerClient> secrets, Clock clock) {
        return JwkSigningKeys.from(signingKeySource(settings, secrets), clock);
    }

    @Singleton
    MailSender mailSender(IdentitySettings settings, BeanProvider<SesV2Client> ses, Clock clock) {
        if (settings.mailDirectory() != null && !settings.mailDirectory().isBlank()) {
            return new EmlFileMailSender(Path.of(settings.mailDirectory()), settings.mailFrom(), clock);
        }
        return new SesMailSender(ses.get(), settings.mailFrom(), settings.sesConfigurationSet());
    }

    /** Identity's Micronaut Data repositories, one per table group. */
    @Singleton
    record Repositories(AccountRepository accounts, RecoveryCodeRepository recoveryCodes, SessionRepository sessions,
                        AccountTokenRepository tokens, LoginFailureRepository loginFailures,
                        SecurityEventRepository securityEvents, IdempotencyKeyRepository idempotencyKeys) {
    }

    @Singleton
    DomainOperations identityOperations(Transactions transactions, Repositories repositories, DomainEvents events,
                                        IdentitySettings settings, List<ProviderSettings> providers,
                                        JwkSigningKeys keys, MailSender mail, Clock clock) {
        JdbcAccounts accounts = new JdbcAccounts(repositories.accounts(), repositories.recoveryCodes());
        JdbcSessions sessionStore = new JdbcSessions(repositories.sessions());
        JdbcAccountTokens tokens = new JdbcAccountTokens(repositories.tokens());
        JdbcSecurityLog log = new JdbcSecurityLog(repositories.securityEvents());
        OutboxAccountEvents accountEvents = new OutboxAccountEvents(events.outbox());
        Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();
        AccountMails mails = new AccountMails(mail, settings.linksBaseUrl());
        SessionIssuer sessions = new SessionIssuer(sessionStore, new JwtAccessTokens(keys, settings.issuer(),
                settings.audience(), settings.accessTokenLifetime(), clock), settings.sessionLifetime(), clock);
        LoginThrottle throttle = new LoginThrottle(new JdbcLoginFailures(repositories.loginFailures()), sessionStore, clock);
        SignInGate gate = new SignInGate(sessions, tokens, log, clock);
        JdbcRecoveryCodes recoveryCodes = new JdbcRecoveryCodes(repositories.recoveryCodes());
        SecondFactor secondFactor = new SecondFactor(accounts, recoveryCodes, log, clock);
        Reauthenticator reauthenticator = new Reauthenticator(accounts, hasher, throttle, secondFactor, log, clock);
        EmailVerification verification = new EmailVerification(accounts, tokens, accountEvents, reauthenticator,
                mails, log, transactions, clock);
        return IdentityOperations.bind(
                new IdentityOperations.SignIns(
                        new RegisterAccount(accounts, accountEvents, hasher, sessions, verification, transactions,
                                new JdbcIdempotencyKeys(repositories.idempotencyKeys()), clock),
                        new LogIn(accounts, hasher, throttle, gate, log, transactions, clock),
                        new ProviderSignIn(providerTokens(providers), accounts, accountEvents, gate, log,
                                transactions, clock),
                        new TwoFactor(accounts, tokens, recoveryCodes, secondFactor, reauthenticator, gate, log,
                                transactions, clock),
                        new RefreshSession(accounts, sessionStore, sessions, log, transactions, clock)),
                new IdentityOperations.SessionEndings(new ListSessions(sessionStore, clock),
                        new LogOut(sessionStore, clock), new LogOutEverywhere(sessionStore, log, clock),
                        new RevokeSession(sessionStore, log, clock),
                        new ListRevocations(sessionStore, settings.accessTokenLifetime(), clock)),
                new IdentityOperations.AccountCare(verification,
                        new PasswordRecovery(accounts, sessionStore, tokens, hasher, reauthenticator, mails, log,
                                transactions, clock, settings.resetAnswerFloor()),
                        new AccountChanges(accounts, sessionStore, accountEvents, reauthenticator, log, transactions,
                                clock),
                        new AccountQueries(accounts, log)),
                keys,
                new OutboxOperations(IdentityApi.DOMAIN, events));
    }

    /**
     * Warms what a first sign-up or sign-in computes: argon2id (as a failed login runs it) and an RS256 access token
     * signed with the current key. Nothing is stored.
     */
    @Singleton
    Primer identityPrimer(IdentitySettings settings, JwkSigningKeys keys, Clock clock) {
        return () -> {
            new Argon2idPasswordHasher().matchNothing(Password.offered("priming-only-not-a-password"));
            new JwtAccessTokens(keys, settings.issuer(), settings.audience(), settings.accessTokenLifetime(), clock)
                    .issue(new UUID(0, 0), new UUID(0, 0), Set.of());
        };
    }

    private static OidcProviderTokens providerTokens(List<ProviderSettings> providers) {
        return new OidcProviderTokens(providers.stream()
                .filter(provider -> !provider.configuredClientIds().isEmpty())
                .map(provider -> new OidcProviderTokens.Provider(provider.name(), provider.issuers(),
                        provider.jwksUri(), provider.configuredClientIds(),
                        Boolean.TRUE.equals(provider.nonceHashed())))
                .toList());
    }

    /** Where the private JWK set comes from: inline, a file, or a Secrets Manager secret, in that order. */
    private static Supplier<String> signingKeySource(IdentitySettings settings,
                                                     BeanProvider<SecretsManagerClient> secretsManager) {
        if (settings.signingKeys() != null && !settings.signingKeys().isBlank()) {
            String inline = settings.signingKeys();
            return () -> inline;
        }
        if (settings.signingKeysFile() != null && !settings.signingKeysFile().isBlank()) {
            Path file = Path.of(settings.signingKeysFile());
            return () -> {
                try {
                    return Files.readString(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read identity's signing keys", e);
                }
            };
        }
        if (settings.signingKeysSecret() != null && !settings.signingKeysSecret().isBlank()) {
            SecretsManagerClient secrets = secretsManager.get();
            String secretId = settings.signingKeysSecret();
            return () -> secrets.getSecretValue(request -> request.secretId(secretId)).secretString();
        }
        throw new IllegalStateException("set nova.identity.signing-keys, -keys-file or -keys-secret");
    }
}
