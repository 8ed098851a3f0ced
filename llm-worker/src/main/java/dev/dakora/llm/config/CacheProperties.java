package dev.dakora.llm.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code dakora.llm.cache.*}: the response cache that calls opt into.
 *
 * @param ttl      how long an answer is reused after it was stored; {@code 0} turns the cache off
 * @param maxChars characters of answers held per worker instance, least recently used dropped first
 */
@ConfigurationProperties("dakora.llm.cache")
public record CacheProperties(@DefaultValue("1h") Duration ttl, @DefaultValue("50000000") long maxChars) {

    public CacheProperties {
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("dakora.llm.cache.ttl must not be negative");
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("dakora.llm.cache.max-chars must be at least 1");
        }
    }
}
