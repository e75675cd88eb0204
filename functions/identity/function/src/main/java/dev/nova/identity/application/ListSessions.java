package dev.nova.identity.application;

import dev.nova.identity.api.SessionView;
import dev.nova.kernel.Caller;
import dev.nova.kernel.Cursor;
import dev.nova.kernel.Page;
import dev.nova.kernel.PageRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Lists the caller's own live sessions (device, address, created, last used), newest first, by keyset. */
public final class ListSessions {

    private final Sessions sessions;
    private final Clock clock;

    public ListSessions(Sessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    public Page<SessionView> list(Caller caller, PageRequest request) {
        UUID accountId = caller.requireUser();
        Cursor after = request.cursor();
        Instant afterCreatedAt = after == null ? null : after.instantKey(0);
        UUID afterId = after == null ? null : after.uuidKey(1);
        List<SessionView> rows = sessions.liveOf(accountId, clock.instant(), afterCreatedAt, afterId,
                request.first() + 1, caller.sessionId());
        return Page.fromOverfetched(rows, request,
                session -> Cursor.of(session.createdAt().toString(), session.id().toString()));
    }
}
