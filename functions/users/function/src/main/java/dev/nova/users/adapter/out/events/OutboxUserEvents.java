package dev.nova.users.adapter.out.events;

import dev.nova.events.DomainEvent;
import dev.nova.events.Outbox;
import dev.nova.users.api.ProfileUpdated;
import dev.nova.users.api.ProfileView;
import dev.nova.users.api.UserPairEvent;
import dev.nova.users.api.UsersEvents;
import dev.nova.users.application.UserEvents;

import java.time.Instant;
import java.util.UUID;

/** users' events, appended to its outbox; the aggregate is the acting user, so one user's events stay in order. */
public final class OutboxUserEvents implements UserEvents {

    private final Outbox outbox;

    public OutboxUserEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void pair(String type, UUID actor, UUID target, Instant at) {
        outbox.append(new DomainEvent(type, UsersEvents.AGGREGATE, actor.toString(),
                new UserPairEvent(actor, target, at)));
    }

    @Override
    public void profileUpdated(ProfileView profile, Instant at) {
        outbox.append(new DomainEvent(UsersEvents.PROFILE_UPDATED, UsersEvents.AGGREGATE, profile.id().toString(),
                new ProfileUpdated(profile.id(), profile.username(), profile.displayName(), profile.avatarMediaId(),
                        at)));
    }
}
