package dev.dakora.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of the client-side template cache used by {@code prompts().get}: how long a fetched template
 * is fresh ({@code ttl}, default 60 s) and the templates to answer with when the server cannot be reached
 * and nothing is cached yet ({@code fallbacks}, by template id).
 */
public record CacheOptions(Duration ttl, Map<String, Template> fallbacks) {

    public static final Duration DEFAULT_TTL = Duration.ofSeconds(60);

    public CacheOptions {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("the cache TTL cannot be negative: " + ttl);
        }
        fallbacks = fallbacks == null ? Map.of() : Map.copyOf(fallbacks);
    }

    public static CacheOptions defaults() {
        return new CacheOptions(DEFAULT_TTL, Map.of());
    }

    public CacheOptions withTtl(Duration value) {
        return new CacheOptions(value, fallbacks);
    }

    /** Adds a fallback for {@code template.id()}; it is answered, never cached, while the server is down. */
    public CacheOptions withFallback(Template template) {
        Map<String, Template> more = new LinkedHashMap<>(fallbacks);
        more.put(Objects.requireNonNull(template.id(), "a fallback template needs an id"), template);
        return new CacheOptions(ttl, more);
    }
}
