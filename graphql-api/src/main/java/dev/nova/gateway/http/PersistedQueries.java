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
 */
final class PersistedQueries {

    /** The extension Apollo's clients send. */
    static final String EXTENSION = "persistedQuery";

    private final Cache<String, String> queries;

    PersistedQueries(int maximumSize) {
        this.queries = Caffeine.newBuilder().maximumSize(maximumSize).build();
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
     * The query a request runs: its own text, which is remembered under its hash after the hash is checked, or the
     * text remembered for the hash; empty when the hash is unknown and no text came with it.
     */
    Optional<String> resolve(String hash, String query) {
        if (query == null || query.isBlank()) {
            return Optional.ofNullable(queries.getIfPresent(hash));
        }
        if (!sha256(query).equals(hash)) {
            throw RequestRejected.badRequest("the persistedQuery sha256Hash is not the hash of the query");
        }
        queries.put(hash, query);
        return Optional.of(query);
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
