package dev.nova.gateway.graphql;

import dev.nova.kernel.Page;
import dev.nova.kernel.PageRequest;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;

import java.util.ArrayList;
import java.util.List;

/**
 * Relay cursor connections over a domain's {@link Page}: {@code edges { cursor node }}, {@code nodes}, a full
 * {@code pageInfo} and, where the domain keeps the count anyway, {@code totalCount}. Every connection type of the
 * schema is wired here, so that they all page the way Relay's {@code @connection} and Apollo's
 * {@code relayStylePagination} expect.
 */
public final class Connections {

    private Connections() {
    }

    /**
     * What a connection field answers.
     *
     * @param totalCount the size of the whole list where the owning domain keeps it (a follower count); null
     *                   where it would have to be counted
     */
    public record Connection<T>(Page<T> page, Long totalCount) {
    }

    /** One edge: an item and the cursor to page after it. */
    public record Edge<T>(String cursor, T node) {
    }

    public static <T> Connection<T> of(Page<T> page) {
        return new Connection<>(page, null);
    }

    public static <T> Connection<T> of(Page<T> page, long totalCount) {
        return new Connection<>(page, totalCount);
    }

    /** The page a connection field asks for: {@code first} (default 20, at most 100) {@code after} a cursor. */
    public static PageRequest pageOf(DataFetchingEnvironment env) {
        return PageRequest.of(env.getArgument("first"), env.getArgument("after"));
    }

    /** Wires a connection type of the schema: its edges, nodes, page info and total count. */
    public static void wire(RuntimeWiring.Builder wiring, String connectionType) {
        wiring.type(connectionType, type -> type
                .dataFetcher("edges", env -> edges(env.<Connection<?>>getSource().page()))
                .dataFetcher("nodes", env -> env.<Connection<?>>getSource().page().items())
                .dataFetcher("pageInfo", env -> env.<Connection<?>>getSource().page())
                .dataFetcher("totalCount", env -> env.<Connection<?>>getSource().totalCount()));
    }

    private static <T> List<Edge<T>> edges(Page<T> page) {
        List<Edge<T>> edges = new ArrayList<>(page.items().size());
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new Edge<>(page.cursors().get(i), page.items().get(i)));
        }
        return edges;
    }
}
