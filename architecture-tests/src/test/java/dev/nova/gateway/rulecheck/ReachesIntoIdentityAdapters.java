package dev.nova.gateway.rulecheck;

import dev.nova.identity.adapter.out.persistence.JdbcAccounts;

/** A deliberate violation, only for proving that the dependency rules catch one. */
public final class ReachesIntoIdentityAdapters {

    public Object bypass(JdbcAccounts accounts) {
        return accounts;
    }
}
