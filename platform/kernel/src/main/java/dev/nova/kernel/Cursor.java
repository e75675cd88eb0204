package dev.nova.kernel;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An opaque keyset cursor: the sort key values of the last item of a page. Clients see base64url text and must
 * not build cursors themselves; a malformed cursor is {@code BAD_USER_INPUT}.
 */
public record Cursor(List<String> keys) {

    private static final String SEPARATOR = "\u001f";
    private static final int MAX_ENCODED_LENGTH = 512;
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");

    public Cursor {
        keys = List.copyOf(keys);
    }

    public static Cursor of(String... keys) {
        return new Cursor(List.of(keys));
    }

    public static Cursor decode(String encoded) {
        if (encoded.isEmpty() || encoded.length() > MAX_ENCODED_LENGTH || !BASE64URL.matcher(encoded).matches()) {
            throw DomainException.badInput("after", "is not a valid cursor");
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            return new Cursor(List.of(text.split(SEPARATOR, -1)));
        } catch (IllegalArgumentException e) {
            throw DomainException.badInput("after", "is not a valid cursor");
        }
    }

    public String encode() {
        byte[] bytes = String.join(SEPARATOR, keys).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The key at {@code index} as an instant, or {@code BAD_USER_INPUT}. */
    public Instant instantKey(int index) {
        try {
            return Instant.parse(key(index));
        } catch (DateTimeParseException e) {
            throw DomainException.badInput("after", "is not a valid cursor");
        }
    }

    /** The key at {@code index} as a UUID, or {@code BAD_USER_INPUT}. */
    public UUID uuidKey(int index) {
        return Ids.parse(key(index), "after");
    }

    /** The key at {@code index}, or {@code BAD_USER_INPUT} when the cursor has fewer keys than the list needs. */
    public String key(int index) {
        if (index >= keys.size()) {
            throw DomainException.badInput("after", "is not a valid cursor");
        }
        return keys.get(index);
    }
}
