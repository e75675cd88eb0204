package dev.nova.kernel;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A request for one page of a keyset-paginated list: at most {@code first} items after the opaque cursor.
 */
@Serdeable
public record PageRequest(int first, String after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (first < 1 || first > MAX_SIZE) {
            throw DomainException.badInput("first", "must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest of(Integer first, String after) {
        return new PageRequest(first == null ? DEFAULT_SIZE : first, after);
    }

    /** The decoded cursor, or null on the first page. */
    public Cursor cursor() {
        return after == null ? null : Cursor.decode(after);
    }
}
