package dev.nova.users.application;

import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.users.api.ProfileList;
import dev.nova.users.api.ProfileView;
import dev.nova.users.api.RelationshipList;
import dev.nova.users.api.SettingsView;
import dev.nova.users.api.UserIdsRequest;
import dev.nova.users.api.UsernameRequest;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Reads of profiles and relationships. A profile whose owner blocks the caller does not exist for the caller; the
 * batch reads (at most 100 ids) are one statement each, so a DataLoader batch costs one domain call and one query.
 */
public final class ProfileQueries {

    private final Profiles profiles;
    private final Graph graph;
    private final Clock clock;

    public ProfileQueries(Profiles profiles, Graph graph, Clock clock) {
        this.profiles = profiles;
        this.graph = graph;
        this.clock = clock;
    }

    public ProfileView byUsername(Caller caller, UsernameRequest request) {
        String username = request.username() == null ? "" : request.username().strip().toLowerCase(Locale.ROOT);
        if (username.isEmpty() || username.length() > 30) {
            throw DomainException.notFound("user");
        }
        return profiles.byUsername(username, caller.userId()).orElseThrow(() -> DomainException.notFound("user"));
    }

    public ProfileList byIds(Caller caller, UserIdsRequest request) {
        Set<UUID> ids = UserIds.of(request);
        return new ProfileList(ids.isEmpty() ? List.of() : profiles.byIds(ids, caller.userId()));
    }

    public RelationshipList relationships(Caller caller, UserIdsRequest request) {
        UUID viewer = caller.requireUser();
        Set<UUID> ids = UserIds.of(request);
        return new RelationshipList(ids.isEmpty() ? List.of() : graph.relationships(viewer, ids, clock.instant()));
    }

    public SettingsView settings(Caller caller) {
        return profiles.settings(caller.requireUser()).orElseThrow(() -> DomainException.notFound("profile"));
    }
}
