package dev.nova.kernel;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paginated list: its items, each item's cursor, and whether pages exist after it and before
 * it. The gateway renders it as a Relay connection ({@code edges { cursor node }}, {@code nodes}, {@code pageInfo}).
 *
 * @param cursors         the cursor of each item, in the items' order
 * @param hasPreviousPage true when the page was asked for {@code after} a cursor: the item that cursor names came
 *                        before it (Relay lets a forward-paging server answer this way)
 */
@Serdeable
public record Page<T>(List<T> items, List<String> cursors, boolean hasNextPage, boolean hasPreviousPage) {

    public Page {
        // JSON leaves empty lists out: an absent list is an empty one.
        items = items == null ? List.of() : List.copyOf(items);
        cursors = cursors == null ? List.of() : List.copyOf(cursors);
        if (cursors.size() != items.size()) {
            throw new IllegalArgumentException("one cursor per item: " + cursors.size() + " for " + items.size());
        }
    }

    /** A page with nothing in it and nothing around it. */
    public static <T> Page<T> empty() {
        return new Page<>(List.of(), List.of(), false, false);
    }

    /**
     * Builds a page from rows fetched with {@code LIMIT first + 1}: the extra row, when present, only says that
     * another page exists.
     */
    public static <T> Page<T> fromOverfetched(List<T> rows, PageRequest request, Function<T, Cursor> cursorOf) {
        boolean more = rows.size() > request.first();
        List<T> items = more ? rows.subList(0, request.first()) : rows;
        return new Page<>(items, items.stream().map(item -> cursorOf.apply(item).encode()).toList(), more,
                request.after() != null);
    }

    /** The first item's cursor; null for an empty page. */
    public String startCursor() {
        return cursors.isEmpty() ? null : cursors.get(0);
    }

    /** The last item's cursor, the one to ask for the next page {@code after}; null for an empty page. */
    public String endCursor() {
        return cursors.isEmpty() ? null : cursors.get(cursors.size() - 1);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), cursors, hasNextPage, hasPreviousPage);
    }
}
