package dev.nova.kernel;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paginated list, with the cursor of its last item; the gateway turns it into a Relay
 * connection.
 */
@Serdeable
public record Page<T>(List<T> items, String endCursor, boolean hasNextPage) {

    public Page {
        // JSON leaves empty lists out: an absent list is an empty one.
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * Builds a page from rows fetched with {@code LIMIT first + 1}: the extra row, when present, only says that
     * another page exists.
     */
    public static <T> Page<T> fromOverfetched(List<T> rows, int first, Function<T, Cursor> cursorOf) {
        boolean more = rows.size() > first;
        List<T> items = more ? rows.subList(0, first) : rows;
        String end = items.isEmpty() ? null : cursorOf.apply(items.get(items.size() - 1)).encode();
        return new Page<>(items, end, more);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), endCursor, hasNextPage);
    }
}
