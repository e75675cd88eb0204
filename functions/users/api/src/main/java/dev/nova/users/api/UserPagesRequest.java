package dev.nova.users.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * The first page of the same list (followers, or following) of up to 100 users at once: what a list inside a
 * list asks for ({@code followers { nodes { followers(first: 10) } } }), one call and one statement for all of them.
 */
@Serdeable
public record UserPagesRequest(List<UUID> userIds, int first) {

    public UserPagesRequest {
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
    }
}
