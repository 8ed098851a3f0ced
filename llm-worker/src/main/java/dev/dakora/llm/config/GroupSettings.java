package dev.dakora.llm.config;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;

import java.util.Map;

/**
 * Group settings of the {@code dakora.model-calls} consumers, for a fast hand-over of partitions:
 * cooperative incremental rebalancing (a rebalance moves only the partitions that change owner, the
 * others keep running), a short session timeout (a dead instance's partitions move after it), and
 * static membership when an instance id is configured (a restart within the session timeout takes its
 * partitions back without a rebalance). Only committed records are read: a call written by an aborted
 * render transaction is never sent.
 */
final class GroupSettings {

    private GroupSettings() {
    }

    static void apply(Map<String, Object> consumer, LlmWorkerProperties.Kafka kafka) {
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, kafka.groupId());
        consumer.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        consumer.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) kafka.sessionTimeout().toMillis());
        consumer.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) kafka.heartbeatInterval().toMillis());
        consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        if (kafka.instanceId() != null) {
            // the container appends -n per consumer thread
            consumer.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, kafka.instanceId() + "-model-calls");
        } else {
            consumer.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        }
    }
}
