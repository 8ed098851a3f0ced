package dev.dakora.gateway.support;

import dev.dakora.common.event.Topics;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The JVM's one embedded KRaft broker ({@link dev.dakora.testsupport.TestKafka}) with the topics the gateway reads
 * ({@code dakora.jobs} is created by the gateway itself).
 */
public final class TestKafka {

    public static final int PARTITIONS = dev.dakora.testsupport.TestKafka.PARTITIONS;

    private static boolean topicsCreated;

    private TestKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (!topicsCreated) {
            dev.dakora.testsupport.TestKafka.createTopics(PARTITIONS, Topics.RESULTS.name(), Topics.CALL_RESULTS.name());
            topicsCreated = true;
        }
        return dev.dakora.testsupport.TestKafka.bootstrapServers();
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
        registry.add("dakora.jobs.topic-partitions", () -> PARTITIONS);
    }
}
