package dev.nova.users.application;

import dev.nova.identity.api.UserDeleted;
import dev.nova.identity.api.UserRegistered;
import dev.nova.identity.api.UsernameChanged;

/**
 * Keeps profiles in step with identity's accounts. Each handler runs in the transaction that records the event in
 * the inbox, and is idempotent on its own too: a profile is made once, a rename is a plain set, a deletion of a
 * deleted profile changes nothing.
 */
public final class AccountLifecycle {

    private final Profiles profiles;
    private final Graph graph;

    public AccountLifecycle(Profiles profiles, Graph graph) {
        this.profiles = profiles;
        this.graph = graph;
    }

    public void registered(UserRegistered event) {
        profiles.create(event.userId(), event.username(), event.registeredAt());
    }

    public void usernameChanged(UsernameChanged event) {
        profiles.rename(event.userId(), event.username(), event.changedAt());
    }

    /** Hides the profile and takes the user out of everyone's lists and counts. */
    public void deleted(UserDeleted event) {
        graph.removeUser(event.userId());
        profiles.markDeleted(event.userId(), event.deletedAt());
    }
}
