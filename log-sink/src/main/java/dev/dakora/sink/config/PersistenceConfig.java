package dev.dakora.sink.config;

import dev.dakora.evaluation.scoring.JudgeFreeScoring;
import dev.dakora.sink.messaging.EventWrites;
import dev.dakora.sink.persistence.BatchWriter;
import dev.dakora.sink.persistence.ExecutionWriter;
import dev.dakora.sink.persistence.ScoreWriter;
import dev.dakora.sink.persistence.JobWriter;
import dev.dakora.sink.persistence.LogSinkFlyway;
import dev.dakora.sink.persistence.SinkPositions;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/** The writers over R2DBC, their positions and transactions, and the log sink's own Flyway history on the shared database. */
@Configuration(proxyBeanMethods = false)
class PersistenceConfig {

    @Bean
    FlywayConfigurationCustomizer logSinkFlyway() {
        return LogSinkFlyway::configure;
    }

    @Bean
    SinkPositions sinkPositions(DatabaseClient database) {
        return new SinkPositions(database);
    }

    /** The writers' transactions, on the connection factory the {@link DatabaseClient} uses. */
    @Bean
    SinkStorage sinkStorage(SinkPositions positions, ConnectionFactory connections) {
        return new SinkStorage(positions, TransactionalOperator.create(new R2dbcTransactionManager(connections)));
    }

    @Bean
    EventWrites eventWrites(DatabaseClient database, JudgeFreeScoring judgeFreeScoring) {
        return new EventWrites(new ExecutionWriter(database), new JobWriter(database), new BatchWriter(database),
                new ScoreWriter(database), judgeFreeScoring);
    }
}
