package dev.dakora.sink.config;

import dev.dakora.common.event.Topic;
import dev.dakora.common.event.Topics;
import dev.dakora.sink.messaging.DeadLetterValueSerializer;
import dev.dakora.sink.messaging.EventWrites;
import dev.dakora.sink.messaging.SinkListener;
import dev.dakora.sink.messaging.TopicEventDeserializer;
import dev.dakora.sink.messaging.UnstorableRecordException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One batch-listening container per topic the log sink stores, each in its own consumer group. Offsets
 * are committed after the listener returns, that is after the database write; transactional results
 * are read committed only. Unreadable or refused records go to {@code <topic>-dlt}; any other failure
 * (the database is down) retries the batch with back-off, without end.
 */
@Configuration(proxyBeanMethods = false)
class ListenerConfig {

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, Object> sinkContainerFactory(KafkaProperties kafka,
                                                                                 LogSinkProperties properties) {
        Map<String, Object> consumer = kafka.buildConsumerProperties();
        consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, properties.consumer().maxPollRecords());
        consumer.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, properties.consumer().fetchMinBytes());
        consumer.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) properties.consumer().fetchMaxWait().toMillis());
        ConcurrentKafkaListenerContainerFactory<String, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(consumer, new StringDeserializer(),
                new ErrorHandlingDeserializer<>(new TopicEventDeserializer())));
        factory.setBatchListener(true);
        factory.setConcurrency(properties.consumer().concurrency());
        factory.setCommonErrorHandler(errorHandler(kafka, properties.retry()));
        return factory;
    }

    @Bean
    ConcurrentMessageListenerContainer<String, Object> callResultsContainer(
            ConcurrentKafkaListenerContainerFactory<String, Object> sinkContainerFactory, EventWrites writes,
            LogSinkProperties properties) {
        return container(sinkContainerFactory, properties, Topics.CALL_RESULTS, writes::callResults);
    }

    @Bean
    ConcurrentMessageListenerContainer<String, Object> jobCommandsContainer(
            ConcurrentKafkaListenerContainerFactory<String, Object> sinkContainerFactory, EventWrites writes,
            LogSinkProperties properties) {
        return container(sinkContainerFactory, properties, Topics.JOBS, writes::jobCommands);
    }

    @Bean
    ConcurrentMessageListenerContainer<String, Object> rendersContainer(
            ConcurrentKafkaListenerContainerFactory<String, Object> sinkContainerFactory, EventWrites writes,
            LogSinkProperties properties) {
        return container(sinkContainerFactory, properties, Topics.RENDERS, writes::renders);
    }

    @Bean
    ConcurrentMessageListenerContainer<String, Object> resultsContainer(
            ConcurrentKafkaListenerContainerFactory<String, Object> sinkContainerFactory, EventWrites writes,
            LogSinkProperties properties) {
        return container(sinkContainerFactory, properties, Topics.RESULTS, writes::results);
    }

    private static <T> ConcurrentMessageListenerContainer<String, Object> container(
            ConcurrentKafkaListenerContainerFactory<String, Object> factory, LogSinkProperties properties,
            Topic<T> topic, Function<List<T>, Mono<?>> write) {
        ConcurrentMessageListenerContainer<String, Object> container = factory.createContainer(topic.name());
        container.getContainerProperties().setGroupId(properties.consumer().groupPrefix() + "." + topic.name());
        container.getContainerProperties().setClientId(properties.consumer().groupPrefix() + "-" + topic.name());
        container.setupMessageListener(new SinkListener<>(write, properties.consumer().writeTimeout()));
        return container;
    }

    private static DefaultErrorHandler errorHandler(KafkaProperties kafka, LogSinkProperties.Retry retry) {
        KafkaTemplate<String, Object> deadLetters = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                kafka.buildProducerProperties(), new StringSerializer(), new DeadLetterValueSerializer()));
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, error) -> new TopicPartition(record.topic() + "-dlt", -1));
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(UnstorableRecordException.class);
        return handler;
    }
}
