package dev.dakora.llm.config;

import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.event.Topic;
import dev.dakora.common.event.Topics;
import dev.dakora.common.event.kafka.EventSerde;
import dev.dakora.common.tracing.KafkaTracing;
import dev.dakora.common.tracing.TracingProducerInterceptor;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;

import java.util.Map;

/** The topics the worker reads and writes, and the producers of results and dead letters. */
@Configuration(proxyBeanMethods = false)
class KafkaConfig {

    @Bean
    NewTopic modelCallsTopic(LlmWorkerProperties properties) {
        return topic(Topics.MODEL_CALLS.name(), properties);
    }

    @Bean
    NewTopic modelCallsDeadLetterTopic(LlmWorkerProperties properties) {
        return topic(Topics.MODEL_CALLS.deadLetter(), properties);
    }

    @Bean
    NewTopic callResultsTopic(LlmWorkerProperties properties) {
        return topic(Topics.CALL_RESULTS.name(), properties);
    }

    @Bean
    NewTopic jobsTopic(LlmWorkerProperties properties) {
        return topic(Topics.JOBS.name(), properties);
    }

    @Bean
    ProducerFactory<String, ModelCallCompleted> callResultsProducerFactory(KafkaProperties kafka) {
        return new DefaultKafkaProducerFactory<>(producerProperties(kafka), new StringSerializer(),
                EventSerde.of(Topics.CALL_RESULTS));
    }

    @Bean
    KafkaTemplate<String, ModelCallCompleted> callResultsTemplate(
            ProducerFactory<String, ModelCallCompleted> callResultsProducerFactory, KafkaTracing tracing) {
        KafkaTemplate<String, ModelCallCompleted> template = new KafkaTemplate<>(callResultsProducerFactory);
        // the call span's context in the record's headers; no template observation, whose cluster id lookup
        // would hold every retried send for the admin client's timeout while Kafka is down
        template.setProducerInterceptor(new TracingProducerInterceptor<>(tracing));
        return template;
    }

    /** Dead letters keep the original bytes of an unreadable record; a readable one is written as its event. */
    @Bean
    ProducerFactory<String, Object> deadLetterProducerFactory(KafkaProperties kafka) {
        DelegatingByTypeSerializer values = new DelegatingByTypeSerializer(Map.of(
                byte[].class, new ByteArraySerializer(),
                ModelCallRequested.class, EventSerde.of(Topics.MODEL_CALLS)));
        return new DefaultKafkaProducerFactory<>(producerProperties(kafka), new StringSerializer(), values);
    }

    @Bean
    DeadLetterPublishingRecoverer modelCallsDeadLetters(ProducerFactory<String, Object> deadLetterProducerFactory) {
        Topic<ModelCallRequested> topic = Topics.MODEL_CALLS;
        return new DeadLetterPublishingRecoverer(new KafkaTemplate<>(deadLetterProducerFactory),
                (record, exception) -> new TopicPartition(topic.deadLetter(), -1));
    }

    private static Map<String, Object> producerProperties(KafkaProperties kafka) {
        Map<String, Object> producer = kafka.buildProducerProperties();
        producer.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        producer.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return producer;
    }

    private static NewTopic topic(String name, LlmWorkerProperties properties) {
        return new NewTopic(name, properties.kafka().partitions(), properties.kafka().replicas());
    }
}
