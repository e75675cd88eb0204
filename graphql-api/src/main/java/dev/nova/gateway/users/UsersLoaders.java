package dev.nova.gateway.users;

import dev.nova.gateway.graphql.Loader;
import dev.nova.users.api.ProfileView;
import dev.nova.users.api.RelationshipView;

import java.util.UUID;

/**
 * The users domain's batched lookups, for every module: the authors of posts, comments and messages are
 * {@code PROFILES.load(env, authorId)}. Each batch (at most 100 ids) is one users call and one SQL statement; a
 * profile the viewer may not see answers null.
 */
public final class UsersLoaders {

    /** Profiles by user id, as the request's caller may see them. */
    public static final Loader<UUID, ProfileView> PROFILES = Loader.named("users.profiles");
    /** The caller's relationship to each user id. */
    public static final Loader<UUID, RelationshipView> RELATIONSHIPS = Loader.named("users.relationships");

    private UsersLoaders() {
    }
}
