package dev.dakora.testsupport;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One embedded KRaft broker per JVM, started on first use and stopped when the JVM exits. Its settings are a
 * single broker's (transactions, offsets and stream state with one replica, no initial rebalance delay), so
 * transactional producers and Kafka Streams exactly-once work against it.
 */
public final class TestKafka {

    /** Partitions of the topics the broker creates on its own and of {@link #createTopics(String...)}. */
    public static final int PARTITIONS = 2;

    private static EmbeddedKafkaKraftBroker broker;

    private TestKafka() {
    }

    /** The shared broker, started on first call. */
    public static synchronized EmbeddedKafkaKraftBroker broker() {
        if (broker == null) {
            EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
            started.brokerProperties(singleBrokerSettings());
            started.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
            broker = started;
        }
        return broker;
    }

    /** A broker of this JVM's own, for tests that stop it or need other settings; the caller destroys it. */
    public static EmbeddedKafkaKraftBroker startPrivate(int partitions, String... topics) {
        EmbeddedKafkaKraftBroker own = new EmbeddedKafkaKraftBroker(1, partitions, topics);
        own.brokerProperties(singleBrokerSettings());
        own.afterPropertiesSet();
        return own;
    }

    public static String bootstrapServers() {
        return broker().getBrokersAsString();
    }

    /** Creates the topics that do not exist yet, with {@link #PARTITIONS} partitions each. */
    public static void createTopics(String... names) {
        createTopics(PARTITIONS, names);
    }

    /** Creates the topics that do not exist yet; a topic that exists already is left as it is. */
    public static void createTopics(int partitions, String... names) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            for (NewTopic topic : Arrays.stream(names).map(name -> new NewTopic(name, partitions, (short) 1)).toList()) {
                try {
                    admin.createTopics(java.util.List.of(topic)).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create topic " + topic.name(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the broker did not create the topics in 30 s", e);
        }
    }

    /** Points a Spring test context's Kafka clients at the shared broker. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
    }

    private static Map<String, String> singleBrokerSettings() {
        return Map.of("transaction.state.log.replication.factor", "1", "transaction.state.log.min.isr", "1",
                "offsets.topic.replication.factor", "1", "group.initial.rebalance.delay.ms", "0");
    }
}
