package dev.nova.identity.application;

import dev.nova.identity.api.AccountView;
import dev.nova.identity.api.ExistingUsers;
import dev.nova.identity.api.SecurityEventView;
import dev.nova.identity.api.UserIdsRequest;
import dev.nova.kernel.Caller;
import dev.nova.kernel.Cursor;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.Page;
import dev.nova.kernel.PageRequest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads about accounts: the caller's own account and security log, and, for the orphan cleaners, which of a batch
 * of ids still name live accounts.
 */
public final class AccountQueries {

    private final Accounts accounts;
    private final SecurityLog log;

    public AccountQueries(Accounts accounts, SecurityLog log) {
        this.accounts = accounts;
        this.log = log;
    }

    public AccountView me(Caller caller) {
        return accounts.byId(caller.requireUser()).map(SessionIssuer::view)
                .orElseThrow(() -> DomainException.unauthenticated("the account no longer exists"));
    }

    /** The caller's security log, newest first. */
    public Page<SecurityEventView> securityEvents(Caller caller, PageRequest request) {
        UUID accountId = caller.requireUser();
        Cursor after = request.cursor();
        UUID afterId = after == null ? null : after.uuidKey(0);
        List<SecurityEventView> rows = log.of(accountId, afterId, request.first() + 1);
        return Page.fromOverfetched(rows, request, event -> Cursor.of(event.id().toString()));
    }

    /** For system callers only: at most 100 ids, answered with one statement. */
    public ExistingUsers checkUsersExist(Caller caller, UserIdsRequest request) {
        if (!caller.hasRole(Caller.SYSTEM_ROLE)) {
            throw DomainException.forbidden("only Nova's own jobs may check accounts in bulk");
        }
        Set<UUID> ids = new LinkedHashSet<>(request.ids());
        if (ids.contains(null)) {
            throw DomainException.badInput("ids", "must not contain null");
        }
        if (ids.size() > UserIdsRequest.MAX_IDS) {
            throw DomainException.badInput("ids", "must hold at most " + UserIdsRequest.MAX_IDS + " ids");
        }
        return new ExistingUsers(ids.isEmpty() ? List.of() : accounts.existing(ids));
    }
}
