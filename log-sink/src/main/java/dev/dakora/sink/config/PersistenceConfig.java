package dev.dakora.sink.config;

import dev.dakora.sink.messaging.EventWrites;
import dev.dakora.sink.persistence.BatchWriter;
import dev.dakora.sink.persistence.ExecutionWriter;
import dev.dakora.sink.persistence.JobWriter;
import dev.dakora.sink.persistence.LogSinkFlyway;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/** The writers over R2DBC, and the log sink's own Flyway history on the shared database. */
@Configuration(proxyBeanMethods = false)
class PersistenceConfig {

    @Bean
    FlywayConfigurationCustomizer logSinkFlyway() {
        return LogSinkFlyway::configure;
    }

    @Bean
    EventWrites eventWrites(DatabaseClient database) {
        return new EventWrites(new ExecutionWriter(database), new JobWriter(database), new BatchWriter(database));
    }
}
