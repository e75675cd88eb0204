package dev.nova.users.adapter.out.persistence;

import dev.nova.users.api.RelationshipView;
import dev.nova.users.application.Graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Follows, follow requests, blocks and mutes, through {@link GraphRepository}. */
public final class JdbcGraph implements Graph {

    private final GraphRepository graph;

    public JdbcGraph(GraphRepository graph) {
        this.graph = graph;
    }

    @Override
    public boolean follow(UUID follower, UUID followee, Instant at) {
        return graph.insertFollow(follower, followee, at) == 1;
    }

    @Override
    public boolean unfollow(UUID follower, UUID followee) {
        return graph.deleteFollow(follower, followee) == 1;
    }

    @Override
    public boolean request(UUID requester, UUID target, Instant at) {
        return graph.insertRequest(requester, target, at) == 1;
    }

    @Override
    public boolean withdrawRequest(UUID requester, UUID target) {
        return graph.deleteRequest(requester, target) == 1;
    }

    @Override
    public List<UUID> requestersOf(UUID target) {
        return graph.findRequesters(target);
    }

    @Override
    public boolean block(UUID blocker, UUID blocked, Instant at) {
        return graph.insertBlock(blocker, blocked, at) == 1;
    }

    @Override
    public boolean unblock(UUID blocker, UUID blocked) {
        return graph.deleteBlock(blocker, blocked) == 1;
    }

    @Override
    public void mute(UUID muter, UUID muted, boolean notifications, Instant at, Instant expiresAt) {
        graph.upsertMute(muter, muted, notifications, at, expiresAt);
    }

    @Override
    public boolean unmute(UUID muter, UUID muted) {
        return graph.deleteMute(muter, muted) == 1;
    }

    @Override
    public List<RelationshipView> relationships(UUID viewer, Collection<UUID> ids, Instant now) {
        return ids.isEmpty() ? List.of() : graph.findRelationships(viewer, ids, now);
    }

    @Override
    public List<Listed> followers(UUID user, UUID viewer, Instant afterAt, UUID afterId, int limit) {
        return listed(graph.findFollowers(user, viewer, afterAt, afterId, limit));
    }

    @Override
    public List<Listed> following(UUID user, UUID viewer, Instant afterAt, UUID afterId, int limit) {
        return listed(graph.findFollowing(user, viewer, afterAt, afterId, limit));
    }

    @Override
    public List<Listed> requestsTo(UUID target, Instant afterAt, UUID afterId, int limit) {
        return listed(graph.findRequests(target, target, afterAt, afterId, limit));
    }

    @Override
    public Map<UUID, List<Listed>> firstPages(Collection<UUID> owners, UUID viewer, int limit, boolean followers) {
        if (owners.isEmpty()) {
            return Map.of();
        }
        List<GraphRepository.ListedRow> rows = followers ? graph.findFirstFollowers(owners, viewer, limit)
                : graph.findFirstFollowing(owners, viewer, limit);
        Map<UUID, List<Listed>> pages = new LinkedHashMap<>();
        rows.forEach(row -> pages.computeIfAbsent(row.ownerId(), owner -> new ArrayList<>())
                .add(new Listed(row.profile().view(), row.listedAt())));
        return pages;
    }

    @Override
    public void removeUser(UUID userId) {
        graph.deleteFollowsFrom(userId);
        graph.deleteFollowsOf(userId);
        graph.deleteRequestsOf(userId);
        graph.deleteBlocksOf(userId);
        graph.deleteMutesOf(userId);
    }

    private static List<Listed> listed(List<GraphRepository.ListedRow> rows) {
        return rows.stream().map(row -> new Listed(row.profile().view(), row.listedAt())).toList();
    }
}
