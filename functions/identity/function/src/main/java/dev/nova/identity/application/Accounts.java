package dev.nova.identity.application;

import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.EmailAddress;
import dev.nova.identity.domain.Username;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The accounts identity keeps. Reads answer live accounts only: a deleted account is gone for them. */
public interface Accounts {

    /** Stores a new account; {@code CONFLICT} when its email or username is taken or reserved. */
    void add(Account account);

    Optional<Account> byId(UUID id);

    /** The live account whose lower-cased email or username is {@code normalizedIdentifier}. */
    Optional<Account> byEmailOrUsername(String normalizedIdentifier);

    /** Of {@code ids}, those of live accounts, in one statement. */
    List<UUID> existing(Collection<UUID> ids);

    /** True when no live account has the username and no other account holds it reserved. */
    boolean usernameAvailable(Username username, UUID forAccount, Instant now);

    void setPassword(UUID id, String passwordHash);

    /** Sets the account's address, now proven; {@code CONFLICT} when another account took it meanwhile. */
    void verifyEmail(UUID id, EmailAddress email, Instant at);

    /** Takes a new username, keeping the old one reserved to the account until {@code reservedUntil}. */
    void changeUsername(UUID id, Username previous, Username next, Instant now, Instant reservedUntil);

    /**
     * Deletes the account: its email, username, password and second factor are erased, its provider links and
     * recovery codes removed, and its username reserved until {@code reservedUntil}.
     */
    void delete(Account account, Instant now, Instant reservedUntil);

    void setPendingTotp(UUID id, String secret);

    Optional<String> pendingTotp(UUID id);

    void enableTotp(UUID id, String secret, long acceptedStep);

    void disableTotp(UUID id);

    /** Records {@code step} as the last accepted TOTP step if it is later than the last one; answers whether. */
    boolean acceptTotpStep(UUID id, long step);

    /** The live account linked to the provider's subject. */
    Optional<Account> linkedTo(String provider, String subject);

    void link(String provider, String subject, UUID accountId, Instant now);
}
