package dev.nova.identity.adapter.out.events;

import dev.nova.events.DomainEvent;
import dev.nova.events.Outbox;
import dev.nova.identity.api.IdentityEvents;
import dev.nova.identity.api.UserDeleted;
import dev.nova.identity.api.UserEmailVerified;
import dev.nova.identity.api.UserRegistered;
import dev.nova.identity.api.UsernameChanged;
import dev.nova.identity.application.AccountEvents;
import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.Username;

import java.time.Instant;
import java.util.UUID;

/** identity's events, appended to its outbox. */
public final class OutboxAccountEvents implements AccountEvents {

    private final Outbox outbox;

    public OutboxAccountEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void registered(Account account) {
        append(IdentityEvents.USER_REGISTERED, account.id(),
                new UserRegistered(account.id(), account.username().value(), account.createdAt()));
    }

    @Override
    public void emailVerified(UUID accountId, Instant at) {
        append(IdentityEvents.USER_EMAIL_VERIFIED, accountId, new UserEmailVerified(accountId, at));
    }

    @Override
    public void usernameChanged(UUID accountId, Username next, Username previous, Instant at) {
        append(IdentityEvents.USERNAME_CHANGED, accountId,
                new UsernameChanged(accountId, next.value(), previous.value(), at));
    }

    @Override
    public void deleted(UUID accountId, Instant at) {
        append(IdentityEvents.USER_DELETED, accountId, new UserDeleted(accountId, at));
    }

    private void append(String type, UUID accountId, Object payload) {
        outbox.append(new DomainEvent(type, IdentityEvents.AGGREGATE, accountId.toString(), payload));
    }
}
