package dev.nova.users.application;

import dev.nova.kernel.DomainException;
import dev.nova.users.api.UserIdsRequest;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** The batch rule every by-ids read shares: no nulls, at most 100 distinct ids. */
final class UserIds {

    private UserIds() {
    }

    static Set<UUID> of(UserIdsRequest request) {
        Set<UUID> ids = new LinkedHashSet<>(request.ids());
        if (ids.contains(null)) {
            throw DomainException.badInput("ids", "must not contain null");
        }
        if (ids.size() > UserIdsRequest.MAX_IDS) {
            throw DomainException.badInput("ids", "must hold at most " + UserIdsRequest.MAX_IDS + " ids");
        }
        return ids;
    }
}
