package dev.dakora.gateway.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.dakora.common.template.TemplateSpec;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Templates already loaded, by id and selector (current, a version, a label). A change to a template
 * drops all of its entries; a load that raced with a change is not kept, so a stale template never
 * outlives the change notice. Bounded by Caffeine to {@code maxEntries} (the least likely to be read
 * again go first).
 */
final class TemplateCache {

    record Key(String id, String version, String label) {
    }

    private final Cache<Key, TemplateSpec> entries;
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

    TemplateCache(int maxEntries) {
        // evicts on the writing thread, so the bound holds as soon as a put returns
        this.entries = Caffeine.newBuilder().maximumSize(maxEntries).executor(Runnable::run).build();
    }

    Optional<TemplateSpec> get(Key key) {
        return Optional.ofNullable(entries.getIfPresent(key));
    }

    /** Runs {@code loader} and keeps what it found, unless the template changed meanwhile. */
    Optional<TemplateSpec> load(Key key, Supplier<Optional<TemplateSpec>> loader) {
        long before = generation(key.id());
        Optional<TemplateSpec> loaded = loader.get();
        if (loaded.isPresent() && generation(key.id()) == before) {
            entries.put(key, loaded.get());
            if (generation(key.id()) != before) {
                entries.invalidate(key);
            }
        }
        return loaded;
    }

    void invalidate(String id) {
        generations.computeIfAbsent(id, ignored -> new AtomicLong()).incrementAndGet();
        entries.asMap().keySet().removeIf(key -> key.id().equals(id));
    }

    int size() {
        entries.cleanUp();
        return Math.toIntExact(entries.estimatedSize());
    }

    private long generation(String id) {
        AtomicLong generation = generations.get(id);
        return generation == null ? 0 : generation.get();
    }
}
