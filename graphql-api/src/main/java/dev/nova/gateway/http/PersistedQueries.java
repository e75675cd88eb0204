package dev.nova.gateway.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Apollo's automatic persisted queries: a client sends {@code extensions.persistedQuery.sha256Hash} alone; the
 * gateway answers {@code PERSISTED_QUERY_NOT_FOUND} for a hash it does not know, the client sends the hash with the
 * query once, and from then on the hash alone (on GET, so that a CDN or the app's HTTP cache can keep the answer).
 * The hashes are kept per gateway instance in a bounded cache: an unknown hash costs a client one more round trip.
 *
 * <p>In allowlist mode (production) only the operations of a {@link PersistedQueryManifest} run: by their hash, or
 * by a text whose hash is one of them; anything else is {@code PERSISTED_QUERY_NOT_IN_LIST}, and nothing is learned
 * from requests.
 */
final class PersistedQueries {

    /** The extension Apollo's clients send. */
    static final String EXTENSION = "persistedQuery";

    private final Cache<String, String> queries;
    private final Map<String, String> allowlist;

    private PersistedQueries(Cache<String, String> queries, Map<String, String> allowlist) {
        this.queries = queries;
        this.allowlist = allowlist;
    }

    static PersistedQueries automatic(int maximumSize) {
        return new PersistedQueries(Caffeine.newBuilder().maximumSize(maximumSize).build(), null);
    }

    static PersistedQueries allowlist(PersistedQueryManifest manifest) {
        return new PersistedQueries(null, manifest.bodiesById());
    }

    /** The hash a request names, when it uses the protocol: {@code {"version": 1, "sha256Hash": "…"}}. */
    static Optional<String> hashIn(Map<String, Object> extensions) {
        if (extensions == null || !(extensions.get(EXTENSION) instanceof Map<?, ?> persisted)) {
            return Optional.empty();
        }
        if (!Integer.valueOf(1).equals(persisted.get("version")) || !(persisted.get("sha256Hash") instanceof String hash)
                || !hash.matches("[0-9a-f]{64}")) {
            throw RequestRejected.badRequest("persistedQuery needs version 1 and a sha256Hash of 64 lower-case hex "
                    + "digits");
        }
        return Optional.of(hash);
    }

    /**
     * The query a request runs. Automatic: its own text, remembered under its hash after the hash is checked; or the
     * text remembered for the hash; null when the hash is unknown and no text came with it (the client sends it
     * next). Allowlist: the listed operation the hash, or the text's hash, names.
     *
     * @param hash  the request's {@code sha256Hash}, or null when it sent none
     * @param query the request's text, or null
     */
    String resolve(String hash, String query) {
        boolean hasText = query != null && !query.isBlank();
        if (hash != null && hasText && !sha256(query).equals(hash)) {
            throw RequestRejected.badRequest("the persistedQuery sha256Hash is not the hash of the query");
        }
        if (allowlist != null) {
            if (hash == null && !hasText) {
                return query;
            }
            String listed = allowlist.get(hash != null ? hash : sha256(query));
            if (listed == null) {
                throw new RequestRejected(400, "PERSISTED_QUERY_NOT_IN_LIST",
                        "only the operations the apps ship run here, and this is not one of them");
            }
            return listed;
        }
        if (hash == null) {
            return query;
        }
        if (!hasText) {
            return queries.getIfPresent(hash);
        }
        queries.put(hash, query);
        return query;
    }

    static String sha256(String query) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(query.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
