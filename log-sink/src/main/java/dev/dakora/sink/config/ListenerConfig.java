package dev.dakora.sink.config;

import dev.dakora.common.event.Topic;
import dev.dakora.common.event.Topics;
import dev.dakora.common.tracing.KafkaTracing;
import dev.dakora.sink.messaging.DeadLetterValueSerializer;
import dev.dakora.sink.messaging.DeadLetterThenPosition;
import dev.dakora.sink.messaging.EventWrites;
import dev.dakora.sink.messaging.PositionedWrite;
import dev.dakora.sink.messaging.SinkListener;
import dev.dakora.sink.messaging.StoredPositions;
import dev.dakora.sink.messaging.TopicEventDeserializer;
import dev.dakora.sink.messaging.UnstorableRecordException;
import dev.dakora.sink.persistence.SinkPositions;
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

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One batch-listening container per topic the log sink stores, each in its own consumer group. Each
 * batch's rows and the positions after it are written in one transaction; Kafka's offsets are committed
 * after the listener returns, that is after that transaction committed, and a writer assigned a
 * partition resumes from the stored position. Transactional results are read committed only.
 * Unreadable or refused records go to {@code <topic>-dlt}; any other failure (the database is down)
 * retries the batch with back-off, without end.
 */
@Configuration(proxyBeanMethods = false)
class ListenerConfig {

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, Object> sinkContainerFactory(KafkaProperties kafka,
                                                                                 LogSinkProperties properties,
                                                                                 SinkPositions positions) {
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
        factory.setCommonErrorHandler(errorHandler(kafka, properties, positions));
        return factory;
    }

    @Bean
    ConcurrentMessageListenerContainer<String, Object> callResultsContainer(
            ConcurrentKafkaListenerContainerFactory<String, Object> sinkContainerFactory, EventWrites writes,
            LogSinkProperties properties, SinkStorage storage, KafkaTracing tracing) {
        return container(sinkContainerFactory, properties, storage, tracing, Topics.CALL_RESULTS, writes::callResults);
    }

    @Bean
    ConcurrentMessageListenerContainer<String, Object> jobCommandsContainer(
            ConcurrentKafkaListenerContainerFactory<String, Object> sinkContainerFactory, EventWrites writes,
            LogSinkProperties properties, SinkStorage storage, KafkaTracing tracing) {
        return container(sinkContainerFactory, properties, storage, tracing, Topics.JOBS, writes::jobCommands);
    }

    @Bean
    ConcurrentMessageListenerContainer<String, Object> rendersContainer(
            ConcurrentKafkaListenerContainerFactory<String, Object> sinkContainerFactory, EventWrites writes,
            LogSinkProperties properties, SinkStorage storage, KafkaTracing tracing) {
        return container(sinkContainerFactory, properties, storage, tracing, Topics.RENDERS, writes::renders);
    }

    @Bean
    ConcurrentMessageListenerContainer<String, Object> resultsContainer(
            ConcurrentKafkaListenerContainerFactory<String, Object> sinkContainerFactory, EventWrites writes,
            LogSinkProperties properties, SinkStorage storage, KafkaTracing tracing) {
        return container(sinkContainerFactory, properties, storage, tracing, Topics.RESULTS, writes::results);
    }

    @Bean
    ConcurrentMessageListenerContainer<String, Object> scoresContainer(
            ConcurrentKafkaListenerContainerFactory<String, Object> sinkContainerFactory, EventWrites writes,
            LogSinkProperties properties, SinkStorage storage, KafkaTracing tracing) {
        return container(sinkContainerFactory, properties, storage, tracing, Topics.SCORES, writes::scores);
    }

    private static <T> ConcurrentMessageListenerContainer<String, Object> container(
            ConcurrentKafkaListenerContainerFactory<String, Object> factory, LogSinkProperties properties,
            SinkStorage storage, KafkaTracing tracing, Topic<T> topic, Function<List<T>, Mono<?>> write) {
        String group = groupOf(properties, topic.name());
        Duration timeout = properties.consumer().writeTimeout();
        ConcurrentMessageListenerContainer<String, Object> container = factory.createContainer(topic.name());
        container.getContainerProperties().setGroupId(group);
        container.getContainerProperties().setClientId(properties.consumer().groupPrefix() + "-" + topic.name());
        container.getContainerProperties()
                .setConsumerRebalanceListener(new StoredPositions(group, storage.positions(), timeout));
        container.setupMessageListener(new SinkListener<>(
                new PositionedWrite<>(group, write, storage.positions(), storage.transactions()), timeout, tracing));
        return container;
    }

    private static String groupOf(LogSinkProperties properties, String topic) {
        return properties.consumer().groupPrefix() + "." + topic;
    }

    private static DefaultErrorHandler errorHandler(KafkaProperties kafka, LogSinkProperties properties,
                                                    SinkPositions positions) {
        LogSinkProperties.Retry retry = properties.retry();
        KafkaTemplate<String, Object> deadLetters = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                kafka.buildProducerProperties(), new StringSerializer(), new DeadLetterValueSerializer()));
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, error) -> new TopicPartition(record.topic() + "-dlt", -1));
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        DefaultErrorHandler handler = new DefaultErrorHandler(new DeadLetterThenPosition(recoverer,
                topic -> groupOf(properties, topic), positions, properties.consumer().writeTimeout()), backOff);
        handler.addNotRetryableExceptions(UnstorableRecordException.class);
        return handler;
    }
}
