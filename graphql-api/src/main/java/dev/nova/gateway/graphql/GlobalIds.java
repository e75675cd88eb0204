package dev.nova.gateway.graphql;

import dev.nova.kernel.DomainException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Relay's global object ids: {@code base64url("<Type>:<key>")}, opaque to clients and unique across types, so a
 * client cache can normalize every object by its id alone. The key is the owning domain's id (a UUID), or for a
 * {@code Relationship} the viewer's and the other user's ids.
 */
public final class GlobalIds {

    public static final String USER = "User";
    /** A person's ids: a {@code User}'s, or their {@code Account}'s (the same key, and what a sign-up answers). */
    public static final Set<String> PERSON = Set.of(USER, "Account");

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private GlobalIds() {
    }

    public static String of(String type, Object key) {
        return ENCODER.encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The type and key an id names; {@code BAD_USER_INPUT} on {@code argument} for anything else. */
    public static Decoded decode(String id, String argument) {
        String text;
        try {
            text = id == null ? "" : new String(DECODER.decode(id), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            text = "";
        }
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw DomainException.badInput(argument, "is not an id Nova gave out");
        }
        return new Decoded(text.substring(0, colon), text.substring(colon + 1));
    }

    /** The UUID of an id of {@code type}; {@code BAD_USER_INPUT} on {@code argument} for an id of anything else. */
    public static UUID uuid(String id, String type, String argument) {
        return uuid(id, Set.of(type), argument);
    }

    /** The UUID of an id of one of {@code types}; {@code BAD_USER_INPUT} on {@code argument} otherwise. */
    public static UUID uuid(String id, Set<String> types, String argument) {
        Decoded decoded = decode(id, argument);
        if (!types.contains(decoded.type())) {
            String named = types.equals(PERSON) ? USER : String.join(" or ", new TreeSet<>(types));
            throw DomainException.badInput(argument, "is not the id of a " + named);
        }
        return decoded.uuid(argument);
    }

    /** The UUID of a person's id (see {@link #PERSON}). */
    public static UUID person(String id, String argument) {
        return uuid(id, PERSON, argument);
    }

    /** What a global id names. */
    public record Decoded(String type, String key) {

        public UUID uuid(String argument) {
            try {
                return UUID.fromString(key);
            } catch (IllegalArgumentException e) {
                throw DomainException.badInput(argument, "is not an id Nova gave out");
            }
        }
    }
}
