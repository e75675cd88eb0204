package dev.nova.identity.application;

import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.Username;

import java.time.Instant;
import java.util.UUID;

/** What identity tells other domains about accounts; recorded in the transaction of the change. */
public interface AccountEvents {

    void registered(Account account);

    void emailVerified(UUID accountId, Instant at);

    void usernameChanged(UUID accountId, Username next, Username previous, Instant at);

    void deleted(UUID accountId, Instant at);
}
