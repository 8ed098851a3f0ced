package dev.dakora.gateway.config;

import dev.dakora.gateway.persistence.ResultDetailReads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/** The reader behind one call's detail and a batch's failed rows. */
@Configuration(proxyBeanMethods = false)
class ResultDetailConfiguration {

    @Bean
    ResultDetailReads resultDetailReads(DatabaseClient db) {
        return new ResultDetailReads(db);
    }
}
