package dev.dakora.sink.config;

import dev.dakora.sink.stream.LogSinkTopology;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AggregationStreamsTest {

    @Test
    void should_run_the_aggregation_topology_exactly_once_and_keep_its_state_directory(@TempDir Path dir)
            throws Exception {
        // given
        Path stateDir = dir.resolve("state");
        StreamsBuilderFactoryBean factory = factory(stateDir, Map.of());

        // when
        factory.start();
        String topology = factory.getTopology().describe().toString();
        boolean runningAfterStart = factory.isRunning();
        factory.stop();

        // then
        assertThat(runningAfterStart).isTrue();
        assertThat(topology).contains(LogSinkTopology.JOB_STORE, LogSinkTopology.BATCH_STORE,
                LogSinkTopology.PENDING_STORE, LogSinkTopology.TRACE_STORE);
        assertThat(topology).as("the factory bean builds the topology LogSinkTopology builds, nothing more")
                .isEqualTo(LogSinkTopology.build(new StreamsBuilder(), LogSinkTopology.PROGRESS_INTERVAL,
                        Duration.ofDays(1)).describe().toString());
        assertThat(factory.getStreamsConfiguration())
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        assertThat(factory.isRunning()).isFalse();
        assertThat(stateDir).exists();
        assertThat(Files.list(stateDir).toList()).as("the application's state, kept on stop").isNotEmpty();
    }

    @Test
    void should_let_a_configured_property_override_the_defaults_but_not_lose_the_others(@TempDir Path dir)
            throws Exception {
        StreamsBuilderFactoryBean factory = factory(dir, Map.of(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "3"));

        assertThat(factory.getStreamsConfiguration())
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "3")
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    }

    @Test
    void should_replace_a_failed_stream_thread_instead_of_stopping_the_aggregation(@TempDir Path dir)
            throws Exception {
        StreamsBuilderFactoryBean factory = factory(dir, Map.of());

        StreamThreadExceptionResponse response = factory.getStreamsUncaughtExceptionHandler()
                .handle(new IllegalStateException("a processor failed"));

        assertThat(response).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }

    @Test
    void should_start_after_the_writers_containers_and_so_stop_before_them(@TempDir Path dir) throws Exception {
        StreamsBuilderFactoryBean factory = factory(dir, Map.of());

        assertThat(factory.getPhase()).isEqualTo(SmartLifecycle.DEFAULT_PHASE)
                .isGreaterThan(AbstractMessageListenerContainer.DEFAULT_PHASE);
    }

    private static StreamsBuilderFactoryBean factory(Path stateDir, Map<String, String> overrides) throws Exception {
        KafkaProperties kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of("127.0.0.1:1"));
        LogSinkProperties properties = new LogSinkProperties(null, new LogSinkProperties.Streams("aggregation-test",
                stateDir.toString(), Duration.ofSeconds(2), overrides, Duration.ofDays(1)), null, null);
        StreamsConfiguration configuration = new StreamsConfiguration();
        StreamsBuilderFactoryBean factory =
                new StreamsBuilderFactoryBean(configuration.aggregationStreamsConfig(kafka, properties));
        configuration.aggregationStreams(properties).configure(factory);
        factory.afterPropertiesSet();
        factory.afterSingletonsInstantiated();
        return factory;
    }
}
