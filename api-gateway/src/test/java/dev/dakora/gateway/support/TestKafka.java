package dev.dakora.gateway.support;

import dev.dakora.common.event.Topics;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One embedded KRaft broker for every test class in the JVM, started on first use, with the topics the
 * gateway reads ({@code dakora.jobs} is created by the gateway itself).
 */
public final class TestKafka {

    public static final int PARTITIONS = 2;

    private static EmbeddedKafkaKraftBroker broker;

    private TestKafka() {
    }

    public static synchronized EmbeddedKafkaKraftBroker broker() {
        if (broker == null) {
            broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS, Topics.RESULTS.name(), Topics.CALL_RESULTS.name());
            broker.afterPropertiesSet();
        }
        return broker;
    }

    public static String bootstrapServers() {
        return broker().getBrokersAsString();
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
        registry.add("dakora.jobs.topic-partitions", () -> PARTITIONS);
    }
}
