package dev.nova.users.api;

import dev.nova.kernel.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** One first page per user asked for, in the order asked. */
@Serdeable
public record ListPages(List<OwnedPage> pages) {

    public ListPages {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /**
     * One user's page, or why there is none.
     *
     * @param page    null when the list is not the caller's to see
     * @param refusal {@code FORBIDDEN} (a private account's list) or {@code NOT_FOUND} (gone, or blocking the caller)
     *                when there is no page
     */
    @Serdeable
    public record OwnedPage(UUID userId, @Nullable Page<ProfileView> page, @Nullable String refusal) {
    }
}
