package dev.nova.users.rulecheck;

import dev.nova.identity.domain.Account;

/** A deliberate violation, only for proving that the dependency rules catch one. */
public final class ReachesIntoIdentity {

    public String peek(Account account) {
        return account.passwordHash();
    }
}
