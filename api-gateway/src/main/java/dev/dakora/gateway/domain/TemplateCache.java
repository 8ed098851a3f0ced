package dev.dakora.gateway.domain;

import dev.dakora.common.template.TemplateSpec;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Templates already loaded, by id and selector (current, a version, a label). A change to a template
 * drops all of its entries; a load that raced with a change is not kept, so a stale template never
 * outlives the change notice. Bounded: when full it starts over.
 */
final class TemplateCache {

    record Key(String id, String version, String label) {
    }

    private final Map<Key, TemplateSpec> entries = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
    private final int maxEntries;

    TemplateCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    Optional<TemplateSpec> get(Key key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Runs {@code loader} and keeps what it found, unless the template changed meanwhile. */
    Optional<TemplateSpec> load(Key key, Supplier<Optional<TemplateSpec>> loader) {
        long before = generation(key.id());
        Optional<TemplateSpec> loaded = loader.get();
        if (loaded.isPresent() && generation(key.id()) == before) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, loaded.get());
            if (generation(key.id()) != before) {
                entries.remove(key);
            }
        }
        return loaded;
    }

    void invalidate(String id) {
        generations.computeIfAbsent(id, ignored -> new AtomicLong()).incrementAndGet();
        entries.keySet().removeIf(key -> key.id().equals(id));
    }

    int size() {
        return entries.size();
    }

    private long generation(String id) {
        AtomicLong generation = generations.get(id);
        return generation == null ? 0 : generation.get();
    }
}
