package dev.dakora.sink.health;

import dev.dakora.sink.stream.StreamsProperties;
import dev.dakora.sink.stream.LogSinkTopology;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.config.KafkaStreamsInfrastructureCustomizer;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class StreamsHealthIndicatorTest {

    @Test
    void should_be_up_only_when_streams_is_running() {
        assertThat(new StreamsHealthIndicator(() -> KafkaStreams.State.RUNNING).health().getStatus()).isEqualTo(Status.UP);
        assertThat(new StreamsHealthIndicator(() -> KafkaStreams.State.REBALANCING).health().getStatus())
                .isEqualTo(Status.OUT_OF_SERVICE);
    }

    @Test
    void should_be_down_when_streams_stopped_or_failed() {
        for (KafkaStreams.State state : new KafkaStreams.State[]{KafkaStreams.State.ERROR, KafkaStreams.State.NOT_RUNNING,
                KafkaStreams.State.PENDING_SHUTDOWN, KafkaStreams.State.PENDING_ERROR}) {
            var health = new StreamsHealthIndicator(() -> state).health();
            assertThat(health.getStatus()).as(state.name()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("state", state.name());
        }
        assertThat(new StreamsHealthIndicator(() -> null).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void should_not_be_up_while_the_client_cannot_reach_kafka_and_be_down_once_stopped(@TempDir Path stateDir)
            throws Exception {
        // given: a factory bean whose broker does not exist
        StreamsBuilderFactoryBean factory = new StreamsBuilderFactoryBean(new KafkaStreamsConfiguration(Map.copyOf(
                StreamsProperties.of("health-test", "127.0.0.1:1", stateDir.toString(), Map.of()).entrySet().stream()
                        .collect(Collectors.toMap(entry -> (String) entry.getKey(), Map.Entry::getValue)))));
        factory.setInfrastructureCustomizer(new KafkaStreamsInfrastructureCustomizer() {
            @Override
            public void configureBuilder(StreamsBuilder builder) {
                LogSinkTopology.build(builder);
            }
        });
        factory.setCloseTimeout(5);
        factory.afterPropertiesSet();
        factory.afterSingletonsInstantiated();
        StreamsHealthIndicator indicator = StreamsHealthIndicator.of(factory);
        Status beforeStart = indicator.health().getStatus();

        // when
        factory.start();
        Status whileStarting = indicator.health().getStatus();
        factory.stop();

        // then
        assertThat(beforeStart).isEqualTo(Status.DOWN);
        assertThat(whileStarting).isNotEqualTo(Status.UP);
        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    }
}
