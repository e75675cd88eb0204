package dev.nova.gateway.graphql;

import dev.nova.kernel.DomainException;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.idl.RuntimeWiring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Relay's object identification: the {@code Node} interface, each type's global {@code id}, and {@code node(id:)} /
 * {@code nodes(ids:)}, which refetch an object through the owning module's batched lookup (its DataLoader), so
 * {@code nodes} of 50 users is one domain call. Modules register their types here.
 */
public final class Nodes {

    private final Map<String, Registration<?>> byType = new LinkedHashMap<>();

    /**
     * Declares a Node type: the Java class of its objects, how to get an object's key, and how to fetch one by
     * key for {@code node(id:)} (answering null for one the caller may not see).
     */
    public <T> Nodes type(String type, Class<T> objects, Key<T> key, Fetch<T> fetch) {
        byType.put(type, new Registration<>(type, objects, key, fetch));
        return this;
    }

    /** A Node type that {@code node(id:)} does not refetch (answers null): it has an id, but no lookup by id. */
    public <T> Nodes type(String type, Class<T> objects, Key<T> key) {
        return type(type, objects, key, (env, id) -> CompletableFuture.completedFuture(null));
    }

    /** Wires every registered type's {@code id}, the interface's type resolution and the two queries. */
    void wire(RuntimeWiring.Builder wiring) {
        for (Registration<?> registration : byType.values()) {
            wiring.type(registration.type(), type -> type.dataFetcher("id", registration::idOf));
        }
        wiring.type("Node", type -> type.typeResolver(env -> {
            Object object = env.getObject();
            for (Registration<?> registration : byType.values()) {
                if (registration.objects().isInstance(object)) {
                    return (GraphQLObjectType) env.getSchema().getType(registration.type());
                }
            }
            return null;
        }));
        wiring.type("Query", type -> type
                .dataFetcher("node", env -> fetch(env, env.getArgument("id"), "id"))
                .dataFetcher("nodes", env -> {
                    List<String> ids = env.getArgument("ids");
                    if (ids.size() > 100) {
                        throw DomainException.badInput("ids", "at most 100 at once");
                    }
                    List<CompletableFuture<Object>> found = new ArrayList<>();
                    for (String id : ids) {
                        found.add(fetch(env, id, "ids"));
                    }
                    return CompletableFuture.allOf(found.toArray(CompletableFuture[]::new))
                            .thenApply(done -> found.stream().map(CompletableFuture::join).toList());
                }));
    }

    @SuppressWarnings("unchecked")
    private CompletableFuture<Object> fetch(DataFetchingEnvironment env, String id, String argument) {
        GlobalIds.Decoded decoded = GlobalIds.decode(id, argument);
        Registration<?> registration = byType.get(decoded.type());
        if (registration == null) {
            return CompletableFuture.completedFuture(null);
        }
        return (CompletableFuture<Object>) registration.fetch().fetch(env, decoded);
    }

    /** Fetches one object of a Node type by its decoded id. */
    @FunctionalInterface
    public interface Fetch<T> {
        CompletableFuture<? extends T> fetch(DataFetchingEnvironment env, GlobalIds.Decoded id);
    }

    /** An object's key within its type (usually its UUID); the environment gives the request's caller. */
    @FunctionalInterface
    public interface Key<T> {
        Object of(DataFetchingEnvironment env, T object);
    }

    private record Registration<T>(String type, Class<T> objects, Key<T> key, Fetch<T> fetch) {

        Object idOf(DataFetchingEnvironment env) {
            return GlobalIds.of(type, key.of(env, objects.cast(env.getSource())));
        }
    }
}
