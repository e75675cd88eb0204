package dev.nova.gateway.graphql;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.Try;

import java.util.concurrent.CompletableFuture;

/**
 * A request-scoped DataLoader under a public, typed name: the module that owns a lookup registers it, and any
 * module loads through it ({@code UsersLoaders.PROFILES.load(env, authorId)} for the authors of posts, comments and
 * messages), so every per-item lookup behind a list is one batched domain call.
 *
 * @param name the loader's name in the request's registry, {@code <domain>.<lookup>}
 */
public record Loader<K, V>(String name) {

    public static <K, V> Loader<K, V> named(String name) {
        return new Loader<>(name);
    }

    /** The value for {@code key}, batched with the other loads of this dispatch; null for a null key. */
    public CompletableFuture<V> load(DataFetchingEnvironment env, K key) {
        if (key == null) {
            return CompletableFuture.completedFuture(null);
        }
        return in(env).load(key);
    }

    /** This request's loader. */
    public DataLoader<K, V> in(DataFetchingEnvironment env) {
        return env.getDataLoader(name);
    }

    public void register(DataLoaderRegistry registry, BatchLoader<K, V> batch, DataLoaderOptions options) {
        registry.register(name, DataLoaderFactory.newDataLoader(batch, options));
    }

    /** Registers a loader whose batch answers each key's value or its own failure (a page refused to a viewer). */
    public void registerWithTry(DataLoaderRegistry registry, BatchLoader<K, Try<V>> batch,
                                DataLoaderOptions options) {
        registry.register(name, DataLoaderFactory.newDataLoaderWithTry(batch, options));
    }
}
