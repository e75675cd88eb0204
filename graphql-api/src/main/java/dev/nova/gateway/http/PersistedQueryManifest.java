package dev.nova.gateway.http;

import io.micronaut.serde.annotation.Serdeable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operations an allowlisting gateway runs, in Apollo's persisted query manifest format (what
 * {@code @apollo/generate-persisted-query-manifest} writes from an app's source, and what Apollo Client's
 * {@code generatePersistedQueryIdsFromManifest} reads), so an app team hands over the file its own build makes.
 * Nova's is generated from {@code graphql-api/operations/} (see {@code PersistedQueryManifestTest}) into
 * {@code persisted-queries.json} on the gateway's classpath.
 *
 * @param format     {@value #FORMAT}
 * @param version    1
 * @param operations each operation's id (the SHA-256 of its body, hex), name, type and body
 */
@Serdeable
public record PersistedQueryManifest(String format, int version, List<Entry> operations) {

    public static final String FORMAT = "apollo-persisted-query-manifest";
    /** The classpath resource the gateway reads in allowlist mode. */
    public static final String RESOURCE = "persisted-queries.json";

    public PersistedQueryManifest {
        if (!FORMAT.equals(format) || version != 1) {
            throw new IllegalArgumentException("not an " + FORMAT + " of version 1");
        }
        operations = List.copyOf(operations);
    }

    public static PersistedQueryManifest of(List<Entry> operations) {
        return new PersistedQueryManifest(FORMAT, 1, operations);
    }

    /** Each operation's body by its id; an entry whose id is not its body's hash is refused. */
    public Map<String, String> bodiesById() {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (Entry entry : operations) {
            if (!PersistedQueries.sha256(entry.body()).equals(entry.id())) {
                throw new IllegalArgumentException("operation " + entry.name() + ": its id is not its body's SHA-256");
            }
            bodies.put(entry.id(), entry.body());
        }
        return Map.copyOf(bodies);
    }

    /** One operation: {@code type} is {@code query}, {@code mutation} or {@code subscription}. */
    @Serdeable
    public record Entry(String id, String name, String type, String body) {

        public static Entry of(String name, String type, String body) {
            return new Entry(PersistedQueries.sha256(body), name, type, body);
        }
    }
}
