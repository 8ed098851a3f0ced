package dev.dakora.llm.config;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.dakora.llm.domain.ResponseCache;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The response cache: in this worker's memory (Caffeine), one per instance. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CacheProperties.class)
class CacheConfig {

    @Bean
    ResponseCache responseCache(CacheProperties properties) {
        return properties.ttl().isZero() ? ResponseCache.off()
                : ResponseCache.of(properties.ttl(), properties.maxChars(), Ticker.systemTicker());
    }
}
