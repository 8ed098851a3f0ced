package dev.dakora.gateway.config;

import dev.dakora.gateway.persistence.DatasetBatchReads;
import dev.dakora.gateway.persistence.DatasetReads;
import dev.dakora.gateway.persistence.DatasetWrites;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/** Stored datasets: their reads, writes and bounds. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatasetProperties.class)
class DatasetConfiguration {

    @Bean
    DatasetReads datasetReads(DatabaseClient db) {
        return new DatasetReads(db);
    }

    @Bean
    DatasetWrites datasetWrites(DatabaseClient db) {
        return new DatasetWrites(db);
    }

    @Bean
    DatasetBatchReads datasetBatchReads(DatabaseClient db) {
        return new DatasetBatchReads(db);
    }
}
