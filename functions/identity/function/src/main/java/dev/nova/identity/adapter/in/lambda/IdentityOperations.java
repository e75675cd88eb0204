package dev.nova.identity.adapter.in.lambda;

import dev.nova.events.OutboxSweep;
import dev.nova.identity.api.IdentityApi;
import dev.nova.identity.application.ListRevocations;
import dev.nova.identity.application.ListSessions;
import dev.nova.identity.application.LogIn;
import dev.nova.identity.application.LogOut;
import dev.nova.identity.application.LogOutEverywhere;
import dev.nova.identity.application.RefreshSession;
import dev.nova.identity.application.RegisterAccount;
import dev.nova.identity.application.RevokeSession;
import dev.nova.identity.application.ShowAccount;
import dev.nova.identity.application.SigningKeys;
import dev.nova.invocation.DomainOperations;

/** Binds each identity operation to the use case that serves it. */
public final class IdentityOperations {

    private IdentityOperations() {
    }

    /** The use cases that list and end sessions, and the list of ended ones the gateway reads. */
    public record SessionEndings(ListSessions list, LogOut logOut, LogOutEverywhere everywhere, RevokeSession revoke,
                                 ListRevocations revocations) {
    }

    public static DomainOperations bind(RegisterAccount register, LogIn logIn, RefreshSession refresh,
                                        SessionEndings endings, ShowAccount showAccount, SigningKeys signingKeys,
                                        OutboxSweep outboxSweep) {
        return new DomainOperations(IdentityApi.DOMAIN)
                .on(IdentityApi.LOGOUT, (caller, none) -> endings.logOut().logOut(caller))
                .on(IdentityApi.LOGOUT_EVERYWHERE, (caller, none) -> endings.everywhere().logOutEverywhere(caller))
                .on(IdentityApi.REVOKE_SESSION, endings.revoke()::revoke)
                .on(IdentityApi.REVOKED_SESSIONS, endings.revocations()::since)
                .on(IdentityApi.SESSIONS, endings.list()::list)
                .on(IdentityApi.REGISTER, register::register)
                .on(IdentityApi.LOGIN, logIn::logIn)
                .on(IdentityApi.REFRESH, refresh::refresh)
                .on(IdentityApi.ME, (caller, none) -> showAccount.me(caller))
                .on(IdentityApi.PUBLIC_KEYS, (caller, none) -> signingKeys.publicKeys())
                .on(OutboxSweep.operation(IdentityApi.DOMAIN), (caller, none) -> outboxSweep.sweep(caller));
    }
}
