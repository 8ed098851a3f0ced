package dev.dakora.client;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Template specs by (id, selector), for apps that read templates on their hot path. A fresh entry
 * (younger than the TTL) is answered without a request. A stale one is answered at once while one
 * background request refreshes it (stale-while-revalidate); a refresh that fails keeps the stale entry,
 * except a 404, which drops it. A miss waits for the server; if the server is unreachable or answers
 * 5xx, the app's fallback for that id is answered (and not cached).
 *
 * <p>Written by hand rather than with Caffeine on purpose: this SDK runs inside its users' applications,
 * and its runtime dependencies are kept to Jackson and SnakeYAML so that it never forces a cache library's
 * version on them. It needs no eviction either: it holds one entry per template the application reads.
 */
final class TemplateCache {

    record Key(String id, Selector selector) {
    }

    private record Entry(Template template, long fetchedAt) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Key, CompletableFuture<Template>> loading = new ConcurrentHashMap<>();
    private final CacheOptions options;
    private final Function<Key, CompletableFuture<Template>> loader;
    private final LongSupplier nanoTime;

    TemplateCache(CacheOptions options, Function<Key, CompletableFuture<Template>> loader, LongSupplier nanoTime) {
        this.options = options;
        this.loader = loader;
        this.nanoTime = nanoTime;
    }

    CompletableFuture<Template> get(Key key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return load(key).exceptionallyCompose(failure -> fallback(key, failure));
        }
        if (nanoTime.getAsLong() - entry.fetchedAt() >= options.ttl().toNanos()) {
            load(key);
        }
        return CompletableFuture.completedFuture(entry.template());
    }

    /** Drops the entries of {@code id}; a request already running for it will not store its answer. */
    void invalidate(String id) {
        loading.keySet().removeIf(key -> key.id().equals(id));
        entries.keySet().removeIf(key -> key.id().equals(id));
    }

    /** One request per key at a time: concurrent misses and refreshes share it. */
    private CompletableFuture<Template> load(Key key) {
        CompletableFuture<Template> started = new CompletableFuture<>();
        CompletableFuture<Template> running = loading.putIfAbsent(key, started);
        if (running != null) {
            return running;
        }
        loader.apply(key).whenComplete((template, failure) -> {
            if (loading.remove(key, started)) {
                if (failure == null) {
                    entries.put(key, new Entry(template, nanoTime.getAsLong()));
                } else if (Transport.unwrap(failure) instanceof NotFoundException) {
                    entries.remove(key);
                }
            }
            if (failure == null) {
                started.complete(template);
            } else {
                started.completeExceptionally(Transport.unwrap(failure));
            }
        });
        return started;
    }

    private CompletableFuture<Template> fallback(Key key, Throwable failure) {
        Throwable cause = Transport.unwrap(failure);
        Template fallback = options.fallbacks().get(key.id());
        if (fallback != null && (cause instanceof ConnectionException || cause instanceof ServerException)) {
            return CompletableFuture.completedFuture(fallback);
        }
        return CompletableFuture.failedFuture(cause);
    }
}
