package dev.nova.kernel;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * UUIDv7 identifiers (RFC 9562): 48 bits of Unix milliseconds, then random bits, so ids sort by creation time
 * and keep B-tree inserts local.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** A new UUIDv7 for the current instant. */
    public static UUID newId() {
        return newId(System.currentTimeMillis());
    }

    /** A new UUIDv7 whose time part is the given Unix milliseconds. */
    public static UUID newId(long unixMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long high = (unixMillis & 0xFFFF_FFFF_FFFFL) << 16
                | 0x7000L
                | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        long low = 0x8000_0000_0000_0000L | (toLong(random, 2) & 0x3FFF_FFFF_FFFF_FFFFL);
        return new UUID(high, low);
    }

    /** The creation instant encoded in a UUIDv7. */
    public static Instant timeOf(UUID id) {
        if (id.version() != 7) {
            throw new IllegalArgumentException("not a UUIDv7: " + id);
        }
        return Instant.ofEpochMilli(id.getMostSignificantBits() >>> 16);
    }

    /** Parses an id given by a client, answering {@code BAD_USER_INPUT} when it is not a UUID. */
    public static UUID parse(String value, String field) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.badInput(field, "must be an id");
        }
    }

    private static long toLong(byte[] bytes, int offset) {
        long value = 0;
        for (int i = offset; i < offset + 8; i++) {
            value = value << 8 | (bytes[i] & 0xFFL);
        }
        return value;
    }
}
