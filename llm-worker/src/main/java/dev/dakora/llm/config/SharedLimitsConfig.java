package dev.dakora.llm.config;

import dev.dakora.llm.domain.LocalPermitStore;
import dev.dakora.llm.domain.PermitStore;
import dev.dakora.llm.persistence.LimitsFlyway;
import dev.dakora.llm.persistence.PostgresPermitStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The store of rate permits: PostgreSQL, shared by every worker, when {@code dakora.llm.shared-limits.url}
 * is set (its schema is migrated before the first call); else this process's own.
 */
@Configuration(proxyBeanMethods = false)
class SharedLimitsConfig {

    private static final System.Logger LOG = System.getLogger(SharedLimitsConfig.class.getName());

    @Bean
    PermitStore permitStore(SharedLimitsProperties properties) {
        if (!properties.shared()) {
            LOG.log(System.Logger.Level.INFO, "rate limits are counted per worker process (dakora.llm.shared-limits.url unset)");
            return new LocalPermitStore(System::nanoTime);
        }
        LimitsFlyway.migrate(properties.url(), properties.username(), properties.password());
        LOG.log(System.Logger.Level.INFO, "rate limits are shared through PostgreSQL (schema " + LimitsFlyway.SCHEMA
                + ", margin " + properties.margin() + ", send within " + properties.sendWithin() + ")");
        return new PostgresPermitStore(properties.url(), properties.username(), properties.password(),
                properties.poolSize(), properties.margin(), properties.sendWithin(), null);
    }
}
