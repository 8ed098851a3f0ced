package dev.dakora.llm.support;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A lean member of the model-calls group in a process of its own, with the worker's group settings:
 * it takes partitions, reads their records and never commits, so killing it leaves them unprocessed.
 * Prints its assignment ("assigned 0,3") whenever it changes. Arguments: bootstrap servers, group, topic.
 */
public final class GroupMember {

    private GroupMember() {
    }

    public static void main(String[] args) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                ConsumerConfig.GROUP_ID_CONFIG, args[1],
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName(),
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000,
                ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Set<Integer> owned = new TreeSet<>();
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(args[2]), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    partitions.forEach(partition -> owned.remove(partition.partition()));
                    report(owned);
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    partitions.forEach(partition -> owned.add(partition.partition()));
                    report(owned);
                }
            });
            while (true) {
                consumer.poll(Duration.ofMillis(200));
            }
        }
    }

    private static void report(Set<Integer> owned) {
        System.out.println("assigned " + String.join(",", owned.stream().map(String::valueOf).toList()));
        System.out.flush();
    }
}
