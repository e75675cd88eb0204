package dev.nova.users.application;

import dev.nova.users.api.ProfileView;
import dev.nova.users.api.RelationshipView;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Follows, follow requests, blocks and mutes. */
public interface Graph {

    /** Adds the follow; false when it was there already. */
    boolean follow(UUID follower, UUID followee, Instant at);

    /** Removes the follow; false when there was none. */
    boolean unfollow(UUID follower, UUID followee);

    /** Adds the request; false when it was there already. */
    boolean request(UUID requester, UUID target, Instant at);

    /** Removes the request; false when there was none. */
    boolean withdrawRequest(UUID requester, UUID target);

    /** Who asked to follow {@code target}. */
    List<UUID> requestersOf(UUID target);

    boolean block(UUID blocker, UUID blocked, Instant at);

    boolean unblock(UUID blocker, UUID blocked);

    void mute(UUID muter, UUID muted, boolean notifications, Instant at, Instant expiresAt);

    boolean unmute(UUID muter, UUID muted);

    /** The viewer's relationship to each of {@code ids}, in one statement. */
    List<RelationshipView> relationships(UUID viewer, Collection<UUID> ids, Instant now);

    /**
     * A page of a user's followers or followings, newest first, after the keyset position when given; people who
     * block the viewer are left out.
     */
    List<Listed> followers(UUID user, UUID viewer, Instant afterAt, UUID afterId, int limit);

    List<Listed> following(UUID user, UUID viewer, Instant afterAt, UUID afterId, int limit);

    /** Requests to follow {@code target}, newest first. */
    List<Listed> requestsTo(UUID target, Instant afterAt, UUID afterId, int limit);

    /**
     * The first page (up to {@code limit} rows, newest first) of the followers, or followings, of each owner, in
     * one statement; an owner with none is absent from the map.
     */
    Map<UUID, List<Listed>> firstPages(Collection<UUID> owners, UUID viewer, int limit, boolean followers);

    /** Removes the user from the graph: follows both ways (with the others' counts), requests, blocks, mutes. */
    void removeUser(UUID userId);

    /** A profile in a list, with when it entered the list (the keyset position). */
    record Listed(ProfileView profile, Instant at) {
    }
}
