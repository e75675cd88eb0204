package dev.nova.users.domain;

import dev.nova.kernel.DomainException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The rules of a profile's free-text fields: a display name of at most 50 characters, a bio of at most 500 (line
 * breaks allowed), a website that is an http(s) URL of at most 200; no control characters. An empty value clears
 * the field (null); surrounding spaces go.
 */
public final class ProfileFields {

    public static final int DISPLAY_NAME_MAX = 50;
    public static final int BIO_MAX = 500;
    public static final int WEBSITE_MAX = 200;

    private ProfileFields() {
    }

    public static String displayName(String value) {
        return text("displayName", value, DISPLAY_NAME_MAX, false);
    }

    public static String bio(String value) {
        return text("bio", value, BIO_MAX, true);
    }

    public static String website(String value) {
        String website = text("website", value, WEBSITE_MAX, false);
        if (website == null) {
            return null;
        }
        try {
            URI uri = new URI(website);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw DomainException.badInput("website", "must be an http or https address");
            }
            return website;
        } catch (URISyntaxException e) {
            throw DomainException.badInput("website", "must be an http or https address");
        }
    }

    private static String text(String field, String value, int max, boolean lineBreaks) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        if (stripped.codePointCount(0, stripped.length()) > max) {
            throw DomainException.badInput(field, "must be at most " + max + " characters");
        }
        boolean control = stripped.codePoints().anyMatch(c -> Character.isISOControl(c) && !(lineBreaks && c == '\n'));
        if (control) {
            throw DomainException.badInput(field, "must not hold control characters");
        }
        return stripped;
    }
}
