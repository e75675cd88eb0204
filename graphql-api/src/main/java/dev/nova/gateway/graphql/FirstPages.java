package dev.nova.gateway.graphql;

import dev.nova.kernel.DomainException;
import dev.nova.kernel.Page;
import org.dataloader.BatchLoader;
import org.dataloader.Try;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * A list inside a list, batched: the first page of the same list of every owner of an outer list
 * ({@code followers { nodes { followers(first: 10) } } }) is one domain call and one SQL statement per level, not
 * one per owner. The owning module supplies the two calls: {@code one} for a single owner (the common case, whose
 * keyset statement is cheaper) and {@code many} for several; pages after a cursor are ordinary calls.
 */
public final class FirstPages {

    /** The batch's largest number of owners, the domains' bound on one call's ids. */
    public static final int MAX_OWNERS = 100;

    private FirstPages() {
    }

    /** A first page of one owner's list, as a loader key: a batch asks once per distinct page size. */
    public record Key(UUID owner, int first) {
    }

    /** The first page of one owner's list. */
    @FunctionalInterface
    public interface One<T> {
        CompletableFuture<Page<T>> page(UUID owner, int first);
    }

    /** The first pages of several owners' lists: each owner's page, or its own refusal (a private list). */
    @FunctionalInterface
    public interface Many<T> {
        CompletableFuture<Map<UUID, Try<Page<T>>>> pages(List<UUID> owners, int first);
    }

    /** A batch loader for a {@link Loader} registered with {@link Loader#registerWithTry}. */
    public static <T> BatchLoader<Key, Try<Page<T>>> loader(One<T> one, Many<T> many) {
        return keys -> {
            if (keys.size() == 1) {
                Key key = keys.get(0);
                return one.page(key.owner(), key.first()).handle((page, failure) -> List.of(failure == null
                        ? Try.succeeded(page) : Try.<Page<T>>failed(unwrapped(failure))));
            }
            Map<Integer, List<UUID>> bySize = keys.stream().collect(Collectors.groupingBy(Key::first,
                    LinkedHashMap::new, Collectors.mapping(Key::owner, Collectors.toList())));
            List<CompletableFuture<Map<Key, Try<Page<T>>>>> calls = bySize.entrySet().stream()
                    .map(size -> many.pages(size.getValue(), size.getKey()).thenApply(pages -> {
                        Map<Key, Try<Page<T>>> byKey = new HashMap<>();
                        pages.forEach((owner, page) -> byKey.put(new Key(owner, size.getKey()), page));
                        return byKey;
                    }))
                    .toList();
            return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).thenApply(done -> {
                Map<Key, Try<Page<T>>> all = new HashMap<>();
                calls.forEach(call -> all.putAll(call.join()));
                return keys.stream().map(key -> all.getOrDefault(key,
                        Try.<Page<T>>failed(DomainException.notFound("list")))).toList();
            });
        };
    }

    private static Throwable unwrapped(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
