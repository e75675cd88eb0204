package dev.nova.identity.application;

import dev.nova.identity.domain.Account;

/** What identity tells other domains about accounts; recorded in the transaction of the change. */
public interface AccountEvents {

    void registered(Account account);
}
