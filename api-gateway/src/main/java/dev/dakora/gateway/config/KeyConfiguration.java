package dev.dakora.gateway.config;

import dev.dakora.gateway.keys.ApiKeyFilter;
import dev.dakora.gateway.keys.ApiKeyRepository;
import dev.dakora.gateway.keys.ApiKeyService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

import java.time.Clock;

/** API keys: stored in PostgreSQL, checked by a filter in front of {@code /api/**}. */
@Configuration(proxyBeanMethods = false)
class KeyConfiguration {

    @Bean
    ApiKeyRepository apiKeyRepository(DatabaseClient databaseClient) {
        return new ApiKeyRepository(databaseClient);
    }

    @Bean
    ApiKeyService apiKeyService(ApiKeyRepository repository, DakoraProperties properties) {
        return new ApiKeyService(repository, Clock.systemUTC(), properties.auth().lastUsedInterval());
    }

    @Bean
    ApiKeyFilter apiKeyFilter(ApiKeyService keys, DakoraProperties properties) {
        return new ApiKeyFilter(keys, properties.auth());
    }
}
