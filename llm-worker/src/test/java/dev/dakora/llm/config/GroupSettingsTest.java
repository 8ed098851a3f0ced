package dev.dakora.llm.config;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupSettingsTest {

    private static LlmWorkerProperties.Kafka kafka(String instanceId, Duration session, Duration heartbeat) {
        return new LlmWorkerProperties.Kafka("calls", null, null, null, null, null, instanceId, session, heartbeat,
                null, null, null, null, null, null);
    }

    @Test
    void should_join_cooperatively_with_a_short_session_as_a_static_member_when_an_instance_id_is_set() {
        // given
        Map<String, Object> consumer = new HashMap<>();

        // when
        GroupSettings.apply(consumer, kafka("worker-7", null, null));

        // then
        assertThat(consumer)
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "calls")
                .containsEntry(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "worker-7-model-calls")
                .containsEntry(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName())
                .containsEntry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000)
                .containsEntry(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000)
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    }

    @Test
    void should_stay_a_dynamic_member_when_no_instance_id_is_set() {
        // given: an instance id inherited from the shared consumer properties
        Map<String, Object> consumer = new HashMap<>(Map.of(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "inherited"));

        // when
        GroupSettings.apply(consumer, kafka(" ", null, null));

        // then
        assertThat(consumer).doesNotContainKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
    }

    @Test
    void should_refuse_a_heartbeat_interval_that_is_not_below_the_session_timeout() {
        assertThatThrownBy(() -> kafka(null, Duration.ofSeconds(6), Duration.ofSeconds(6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dakora.llm.kafka: heartbeat-interval must be below session-timeout");
    }
}
