package dev.nova.users.application;

import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.UnitOfWork;
import dev.nova.users.api.MuteRequest;
import dev.nova.users.api.RelationshipView;
import dev.nova.users.api.TargetRequest;
import dev.nova.users.api.UsersEvents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Blocks and mutes. A block ends follows and requests both ways and keeps the blocked user from following, from
 * seeing the blocker's profile and from appearing in the blocker's lists. A mute only hides: for a while or until
 * lifted, and the muted user's notifications too when asked.
 */
public final class Blocking {

    static final Duration LONGEST_MUTE = Duration.ofDays(366);

    private final Profiles profiles;
    private final Graph graph;
    private final FollowGraph follows;
    private final UserEvents events;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public Blocking(Profiles profiles, Graph graph, FollowGraph follows, UserEvents events, UnitOfWork unitOfWork,
                    Clock clock) {
        this.profiles = profiles;
        this.graph = graph;
        this.follows = follows;
        this.events = events;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public RelationshipView block(Caller caller, TargetRequest request) {
        UUID me = caller.requireUser();
        UUID target = FollowGraph.other(me, request);
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> {
            existing(target, me);
            if (graph.block(me, target, now)) {
                follows.severFollows(me, target, now);
                events.pair(UsersEvents.USER_BLOCKED, me, target, now);
            }
            return follows.relationship(me, target);
        });
    }

    public RelationshipView unblock(Caller caller, TargetRequest request) {
        UUID me = caller.requireUser();
        UUID target = FollowGraph.other(me, request);
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> {
            if (graph.unblock(me, target)) {
                events.pair(UsersEvents.USER_UNBLOCKED, me, target, now);
            }
            return follows.relationship(me, target);
        });
    }

    public RelationshipView mute(Caller caller, MuteRequest request) {
        UUID me = caller.requireUser();
        UUID target = FollowGraph.other(me, new TargetRequest(request.userId()));
        Instant now = clock.instant();
        Instant expiresAt = null;
        if (request.durationSeconds() != null) {
            Duration duration = Duration.ofSeconds(request.durationSeconds());
            if (duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST_MUTE) > 0) {
                throw DomainException.badInput("durationSeconds", "must be between 1 second and 366 days");
            }
            expiresAt = now.plus(duration);
        }
        Instant until = expiresAt;
        return unitOfWork.inTransaction(() -> {
            existing(target, me);
            graph.mute(me, target, request.notifications(), now, until);
            return follows.relationship(me, target);
        });
    }

    public RelationshipView unmute(Caller caller, TargetRequest request) {
        UUID me = caller.requireUser();
        UUID target = FollowGraph.other(me, request);
        return unitOfWork.inTransaction(() -> {
            graph.unmute(me, target);
            return follows.relationship(me, target);
        });
    }

    /** One may block or mute an account that blocks one: it exists, even if its profile is hidden. */
    private void existing(UUID target, UUID viewer) {
        profiles.visibility(target, viewer).orElseThrow(() -> DomainException.notFound("user"));
    }
}
