package dev.nova.identity.application;

import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.ProviderSignInRequest;
import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.EmailAddress;
import dev.nova.identity.domain.SecurityEventType;
import dev.nova.identity.domain.Username;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.Ids;
import dev.nova.kernel.UnitOfWork;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sign-in with Google or Apple. A provider identity already linked signs in its account. Otherwise, an account with
 * the same email is linked only when the provider says the email is verified (else anyone could claim an address at
 * a provider that does not check it and take the account over); with no such account, a new one is made, with no
 * password, its email verified when the provider's is. Two-factor sign-in applies as with a password.
 */
public final class ProviderSignIn {

    private static final int USERNAME_TRIES = 5;

    private final ProviderTokens providers;
    private final Accounts accounts;
    private final AccountEvents events;
    private final SignInGate gate;
    private final SecurityLog log;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ProviderSignIn(ProviderTokens providers, Accounts accounts, AccountEvents events, SignInGate gate,
                          SecurityLog log, UnitOfWork unitOfWork, Clock clock) {
        this.providers = providers;
        this.accounts = accounts;
        this.events = events;
        this.gate = gate;
        this.log = log;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public AuthResult signIn(Caller caller, ProviderSignInRequest request) {
        ProviderTokens.ProviderIdentity identity = providers.verify(request.provider(), request.idToken(),
                request.nonce());
        Account account = unitOfWork.inTransaction(() -> accounts.linkedTo(identity.provider(), identity.subject())
                .orElseGet(() -> linkOrCreate(identity, request.username(), caller.client())));
        return gate.admit(account, caller.client());
    }

    private Account linkOrCreate(ProviderTokens.ProviderIdentity identity, String requestedUsername,
                                 ClientInfo client) {
        if (identity.email() == null) {
            throw DomainException.badInput("idToken", "carries no email address; allow sharing it and try again");
        }
        EmailAddress email = new EmailAddress(identity.email());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<Account> existing = accounts.byEmailOrUsername(email.normalized());
        Account account;
        if (existing.isPresent()) {
            if (!identity.emailVerified()) {
                throw DomainException.conflict("email", "an account uses this email; sign in with its password "
                        + "first");
            }
            account = existing.get();
            if (!account.emailVerified()) {
                accounts.verifyEmail(account.id(), account.email(), now);
                events.emailVerified(account.id(), now);
                account = account.withVerifiedEmail(account.email(), now);
            }
        } else {
            account = Account.newAccount(Ids.newId(), email, username(requestedUsername, email, now), null, now,
                    identity.emailVerified() ? now : null);
            accounts.add(account);
            events.registered(account);
            if (account.emailVerified()) {
                events.emailVerified(account.id(), now);
            }
        }
        accounts.link(identity.provider(), identity.subject(), account.id(), now);
        log.record(account.id(), SecurityEventType.PROVIDER_LINKED, client, now);
        return account;
    }

    /** The requested username, or one made from the email's local part, with digits added until it is free. */
    private Username username(String requested, EmailAddress email, Instant now) {
        if (requested != null && !requested.isBlank()) {
            return new Username(requested);
        }
        String base = email.localPart().replaceAll("[^a-z0-9_]", "").toLowerCase(Locale.ROOT);
        base = base.length() < 3 ? "user" + base : base.substring(0, Math.min(base.length(), 24));
        Username candidate = new Username(base);
        for (int i = 0; i < USERNAME_TRIES && !accounts.usernameAvailable(candidate, Ids.newId(), now); i++) {
            candidate = new Username(base + ThreadLocalRandom.current().nextInt(1000, 1_000_000));
        }
        return candidate;
    }
}
