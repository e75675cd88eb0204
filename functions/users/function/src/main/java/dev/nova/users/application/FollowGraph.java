package dev.nova.users.application;

import dev.nova.kernel.Caller;
import dev.nova.kernel.Cursor;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.kernel.Page;
import dev.nova.kernel.PageRequest;
import dev.nova.kernel.UnitOfWork;
import dev.nova.users.api.ListPages;
import dev.nova.users.api.ProfileView;
import dev.nova.users.api.RelationshipView;
import dev.nova.users.api.TargetRequest;
import dev.nova.users.api.UserIdsRequest;
import dev.nova.users.api.UserPageRequest;
import dev.nova.users.api.UserPagesRequest;
import dev.nova.users.api.UsersEvents;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Following. A follow of a public account takes effect at once; of a private one it becomes a request its owner
 * approves or rejects and the requester may withdraw. Every operation is idempotent, and every change of a follow
 * adjusts both counts in the same transaction, so the counts stay exact under concurrent follows.
 */
public final class FollowGraph {

    private final Profiles profiles;
    private final Graph graph;
    private final UserEvents events;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public FollowGraph(Profiles profiles, Graph graph, UserEvents events, UnitOfWork unitOfWork, Clock clock) {
        this.profiles = profiles;
        this.graph = graph;
        this.events = events;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public RelationshipView follow(Caller caller, TargetRequest request) {
        UUID me = caller.requireUser();
        UUID target = other(me, request);
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> {
            Profiles.Visibility visibility = visible(target, me);
            RelationshipView current = relationship(me, target);
            if (current.blocking()) {
                throw DomainException.conflict("userId", "you block this account; unblock it first");
            }
            if (!current.following()) {
                if (visibility.profile().isPrivate()) {
                    if (graph.request(me, target, now)) {
                        events.pair(UsersEvents.FOLLOW_REQUESTED, me, target, now);
                    }
                } else {
                    addFollow(me, target, now);
                }
            }
            return relationship(me, target);
        });
    }

    public RelationshipView unfollow(Caller caller, TargetRequest request) {
        UUID me = caller.requireUser();
        UUID target = other(me, request);
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> {
            graph.withdrawRequest(me, target);
            removeFollow(me, target, now);
            return relationship(me, target);
        });
    }

    public RelationshipView approve(Caller caller, TargetRequest request) {
        UUID me = caller.requireUser();
        UUID requester = other(me, request);
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> {
            if (!graph.withdrawRequest(requester, me)) {
                throw DomainException.notFound("follow request");
            }
            addFollow(requester, me, now);
            return relationship(me, requester);
        });
    }

    public RelationshipView reject(Caller caller, TargetRequest request) {
        UUID me = caller.requireUser();
        UUID requester = other(me, request);
        return unitOfWork.inTransaction(() -> {
            if (!graph.withdrawRequest(requester, me)) {
                throw DomainException.notFound("follow request");
            }
            return relationship(me, requester);
        });
    }

    public RelationshipView cancel(Caller caller, TargetRequest request) {
        UUID me = caller.requireUser();
        UUID target = other(me, request);
        return unitOfWork.inTransaction(() -> {
            graph.withdrawRequest(me, target);
            return relationship(me, target);
        });
    }

    /** Requests to follow the caller, newest first. */
    public Page<ProfileView> requests(Caller caller, PageRequest request) {
        UUID me = caller.requireUser();
        Cursor after = request.cursor();
        return page(graph.requestsTo(me, after == null ? null : after.instantKey(0),
                after == null ? null : after.uuidKey(1), request.first() + 1), request);
    }

    public Page<ProfileView> followers(Caller caller, UserPageRequest request) {
        return list(caller, request, true);
    }

    public Page<ProfileView> following(Caller caller, UserPageRequest request) {
        return list(caller, request, false);
    }

    /** The first page of followers of each user asked for: a nested list, one statement for all of them. */
    public ListPages followerPages(Caller caller, UserPagesRequest request) {
        return firstPages(caller, request, true);
    }

    public ListPages followingPages(Caller caller, UserPagesRequest request) {
        return firstPages(caller, request, false);
    }

    private ListPages firstPages(Caller caller, UserPagesRequest request, boolean followers) {
        if (request.userIds().size() > UserIdsRequest.MAX_IDS) {
            throw DomainException.badInput("userIds", "at most " + UserIdsRequest.MAX_IDS + " users at once");
        }
        PageRequest page = new PageRequest(request.first(), null);
        UUID viewer = caller.userId();
        Map<UUID, Profiles.Visibility> owners = new HashMap<>();
        profiles.visibilities(new LinkedHashSet<>(request.userIds()), viewer)
                .forEach(visibility -> owners.put(visibility.profile().id(), visibility));
        List<UUID> visible = owners.values().stream()
                .filter(owner -> !owner.blocksViewer() && owner.listsVisibleTo(viewer))
                .map(owner -> owner.profile().id()).toList();
        Map<UUID, List<Graph.Listed>> rows = graph.firstPages(visible, viewer, page.first() + 1, followers);
        return new ListPages(request.userIds().stream().map(id -> {
            Profiles.Visibility owner = owners.get(id);
            if (owner == null || owner.blocksViewer()) {
                return new ListPages.OwnedPage(id, null, ErrorCode.NOT_FOUND.name());
            }
            if (!owner.listsVisibleTo(viewer)) {
                return new ListPages.OwnedPage(id, null, ErrorCode.FORBIDDEN.name());
            }
            return new ListPages.OwnedPage(id, page(rows.getOrDefault(id, List.of()), page), null);
        }).toList());
    }

    /** Approves every pending request to {@code owner} (the account just went public). */
    void approveAllRequestsTo(UUID owner, Instant now) {
        for (UUID requester : graph.requestersOf(owner)) {
            graph.withdrawRequest(requester, owner);
            addFollow(requester, owner, now);
        }
    }

    private Page<ProfileView> list(Caller caller, UserPageRequest request, boolean followers) {
        if (request.userId() == null) {
            throw DomainException.badInput("userId", "is required");
        }
        PageRequest page = new PageRequest(request.first(), request.after());
        UUID viewer = caller.userId();
        Profiles.Visibility visibility = visible(request.userId(), viewer);
        if (!visibility.listsVisibleTo(viewer)) {
            throw DomainException.forbidden("this account is private: only its followers see its lists");
        }
        Cursor after = page.cursor();
        Instant afterAt = after == null ? null : after.instantKey(0);
        UUID afterId = after == null ? null : after.uuidKey(1);
        List<Graph.Listed> rows = followers
                ? graph.followers(request.userId(), viewer, afterAt, afterId, page.first() + 1)
                : graph.following(request.userId(), viewer, afterAt, afterId, page.first() + 1);
        return page(rows, page);
    }

    private static Page<ProfileView> page(List<Graph.Listed> rows, PageRequest request) {
        return Page.fromOverfetched(rows, request, row -> Cursor.of(row.at().toString(), row.profile().id().toString()))
                .map(Graph.Listed::profile);
    }

    private void addFollow(UUID follower, UUID followee, Instant now) {
        if (graph.follow(follower, followee, now)) {
            profiles.countFollow(follower, followee, 1);
            events.pair(UsersEvents.USER_FOLLOWED, follower, followee, now);
        }
    }

    private void removeFollow(UUID follower, UUID followee, Instant now) {
        if (graph.unfollow(follower, followee)) {
            profiles.countFollow(follower, followee, -1);
            events.pair(UsersEvents.USER_UNFOLLOWED, follower, followee, now);
        }
    }

    /** Ends follows both ways (for a block). */
    void severFollows(UUID one, UUID other, Instant now) {
        removeFollow(one, other, now);
        removeFollow(other, one, now);
        graph.withdrawRequest(one, other);
        graph.withdrawRequest(other, one);
    }

    /** The account as the viewer may see it; NOT_FOUND when it is gone or blocks the viewer. */
    Profiles.Visibility visible(UUID target, UUID viewer) {
        return profiles.visibility(target, viewer).filter(found -> !found.blocksViewer())
                .orElseThrow(() -> DomainException.notFound("user"));
    }

    RelationshipView relationship(UUID viewer, UUID other) {
        return graph.relationships(viewer, List.of(other), clock.instant()).get(0);
    }

    static UUID other(UUID me, TargetRequest request) {
        if (request.userId() == null) {
            throw DomainException.badInput("userId", "is required");
        }
        if (request.userId().equals(me)) {
            throw DomainException.badInput("userId", "must be another account");
        }
        return request.userId();
    }
}
