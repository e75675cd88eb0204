package dev.nova.identity.application;

import dev.nova.identity.api.AccountView;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;

/** Answers the signed-in caller's own account. */
public final class ShowAccount {

    private final Accounts accounts;

    public ShowAccount(Accounts accounts) {
        this.accounts = accounts;
    }

    public AccountView me(Caller caller) {
        return accounts.byId(caller.requireUser())
                .map(SessionIssuer::view)
                .orElseThrow(() -> new DomainException(ErrorCode.UNAUTHENTICATED, "the account no longer exists"));
    }
}
