package dev.nova.users.application;

import dev.nova.users.api.ProfileView;

import java.time.Instant;
import java.util.UUID;

/** What users tells other domains, recorded in the transaction of the change. */
public interface UserEvents {

    /** A relationship event ({@code UserFollowed}, {@code FollowRequested}, ...) from actor to target. */
    void pair(String type, UUID actor, UUID target, Instant at);

    void profileUpdated(ProfileView profile, Instant at);
}
