package dev.nova.media.domain;

import dev.nova.kernel.DomainException;

import java.util.Locale;
import java.util.Set;

/**
 * What an asset is, and what may be uploaded as one: the content types an app sends (Instagram's and Pixelfed's
 * set: HEIC and the rest are converted on the phone) and the largest upload.
 */
public enum MediaKind {

    IMAGE(Set.of("image/jpeg", "image/png", "image/webp"), 30L * 1024 * 1024),
    VIDEO(Set.of("video/mp4", "video/quicktime"), 1024L * 1024 * 1024);

    private final Set<String> contentTypes;
    private final long maxBytes;

    MediaKind(Set<String> contentTypes, long maxBytes) {
        this.contentTypes = contentTypes;
        this.maxBytes = maxBytes;
    }

    public static MediaKind parse(String kind) {
        try {
            return valueOf(kind == null ? "" : kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.badInput("kind", "must be IMAGE or VIDEO");
        }
    }

    /** The declared content type, lower-cased, if this kind takes it; {@code BAD_USER_INPUT} otherwise. */
    public String contentType(String declared) {
        String type = declared == null ? "" : declared.strip().toLowerCase(Locale.ROOT);
        if (!contentTypes.contains(type)) {
            throw DomainException.badInput("contentType", "must be one of " + String.join(", ",
                    contentTypes.stream().sorted().toList()) + " for " + name());
        }
        return type;
    }

    /** The declared size if this kind takes it: more than 0 and at most {@link #maxBytes()}. */
    public long byteSize(long declared) {
        if (declared < 1) {
            throw DomainException.badInput("byteSize", "must be more than 0: an empty file is no " + name());
        }
        if (declared > maxBytes) {
            throw DomainException.badInput("byteSize", "must be at most " + maxBytes / (1024 * 1024) + " MB for "
                    + name());
        }
        return declared;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
