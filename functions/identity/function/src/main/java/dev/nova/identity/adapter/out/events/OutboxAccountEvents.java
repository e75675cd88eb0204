package dev.nova.identity.adapter.out.events;

import dev.nova.events.DomainEvent;
import dev.nova.events.Outbox;
import dev.nova.identity.api.IdentityEvents;
import dev.nova.identity.api.UserRegistered;
import dev.nova.identity.application.AccountEvents;
import dev.nova.identity.domain.Account;

/** identity's events, appended to its outbox. */
public final class OutboxAccountEvents implements AccountEvents {

    private final Outbox outbox;

    public OutboxAccountEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void registered(Account account) {
        outbox.append(new DomainEvent(IdentityEvents.USER_REGISTERED, IdentityEvents.AGGREGATE,
                account.id().toString(),
                new UserRegistered(account.id(), account.username().value(), account.createdAt())));
    }
}
