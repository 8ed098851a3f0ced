package dev.dakora.sink.config;

import dev.dakora.sink.stream.LogSinkTopology;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaStreamsInfrastructureCustomizer;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.core.CleanupConfig;

import java.time.Duration;

/**
 * What the aggregation's {@link StreamsBuilderFactoryBean} runs and how: the {@link LogSinkTopology}, a
 * failed stream thread logged and replaced, {@code close-timeout} to stop, the state directory kept on
 * start and stop (the stores are restored from it, not from their changelogs). It starts in the last
 * phase, after the database writers' listener containers, and so stops before them.
 */
final class AggregationStreams implements StreamsBuilderFactoryBeanConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AggregationStreams.class);

    private final Duration closeTimeout;
    private final Duration finishedRetention;

    AggregationStreams(Duration closeTimeout, Duration finishedRetention) {
        this.closeTimeout = closeTimeout;
        this.finishedRetention = finishedRetention;
    }

    @Override
    public void configure(StreamsBuilderFactoryBean factory) {
        factory.setInfrastructureCustomizer(new KafkaStreamsInfrastructureCustomizer() {
            @Override
            public void configureBuilder(StreamsBuilder builder) {
                LogSinkTopology.build(builder, LogSinkTopology.PROGRESS_INTERVAL, finishedRetention);
            }
        });
        factory.setStreamsUncaughtExceptionHandler(error -> {
            log.error("Aggregation thread failed, replacing it", error);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        factory.setCloseTimeout((int) Math.max(1, (closeTimeout.toMillis() + 999) / 1000));
        factory.setCleanupConfig(new CleanupConfig(false, false));
        factory.setPhase(SmartLifecycle.DEFAULT_PHASE);
    }

    /** After Spring Boot's {@code spring.kafka.streams.*} configurer, so these settings stand. */
    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}
