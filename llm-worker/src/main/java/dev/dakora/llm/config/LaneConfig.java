package dev.dakora.llm.config;

import dev.dakora.common.model.BatchDiscounts;
import dev.dakora.common.model.PriceTable;
import dev.dakora.llm.domain.Cancellations;
import dev.dakora.llm.domain.ModelNames;
import dev.dakora.llm.lane.BatchLane;
import dev.dakora.llm.lane.KafkaLaneStore;
import dev.dakora.llm.lane.LaneResults;
import dev.dakora.llm.lane.LaneRouting;
import dev.dakora.llm.provider.ProviderAccess;
import dev.dakora.llm.provider.ProviderBatchClients;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaTemplate;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.llm.messaging.ResultPublisher;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** The batch lane: its compacted topic, its store, the providers' batch APIs, and its thread. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LaneProperties.class)
class LaneConfig {

    /** Compacted, with the partitions of {@code dakora.model-calls}: lane partition p belongs to that topic's owner of p. */
    @Bean
    NewTopic laneTopic(LlmWorkerProperties properties) {
        return new NewTopic(KafkaLaneStore.TOPIC, properties.kafka().partitions(), properties.kafka().replicas())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
    }

    @Bean(destroyMethod = "close")
    BatchLane batchLane(LaneProperties lane, LlmWorkerProperties properties, Environment environment, KafkaProperties kafka,
                        ModelNames modelNames, PriceTable priceTable, Cancellations cancellations, Clock llmClock,
                        KafkaTemplate<String, ModelCallCompleted> callResultsTemplate) {
        ProviderAccess access = new ProviderAccess(properties.providers(), environment::getProperty);
        LaneRouting routing = new LaneRouting(modelNames,
                ProviderBatchClients.of(access, lane.requestTimeout(), lane.anthropicMaxTokens()), access::problem);
        LaneResults results = new LaneResults(priceTable, BatchDiscounts.shipped().withOverrides(lane.discounts()), llmClock);
        KafkaLaneStore store = new KafkaLaneStore(producer(kafka), () -> consumer(kafka));
        BatchLane batchLane = new BatchLane(store, routing, results,
                new ResultPublisher(callResultsTemplate)::publish, cancellations, lane.settings(), llmClock);
        batchLane.start();
        return batchLane;
    }

    private static KafkaProducer<String, byte[]> producer(KafkaProperties kafka) {
        Map<String, Object> producer = kafka.buildProducerProperties();
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return new KafkaProducer<>(producer, new StringSerializer(), new ByteArraySerializer());
    }

    private static KafkaConsumer<String, byte[]> consumer(KafkaProperties kafka) {
        Map<String, Object> consumer = kafka.buildConsumerProperties();
        consumer.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumer.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.put(ConsumerConfig.CLIENT_ID_CONFIG, "dakora-llm-lane-" + UUID.randomUUID());
        return new KafkaConsumer<>(consumer, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
