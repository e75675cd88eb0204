package dev.nova.identity.application;

import dev.nova.identity.domain.Account;

import java.util.Optional;
import java.util.UUID;

/** The accounts identity keeps. */
public interface Accounts {

    /** Stores a new account; {@code CONFLICT} when its email or username is taken. */
    void add(Account account);

    Optional<Account> byId(UUID id);

    /** The live account whose lower-cased email or username is {@code normalizedIdentifier}. */
    Optional<Account> byEmailOrUsername(String normalizedIdentifier);
}
