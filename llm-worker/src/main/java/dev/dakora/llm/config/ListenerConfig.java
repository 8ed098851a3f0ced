package dev.dakora.llm.config;

import dev.dakora.common.event.JobCommand;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.event.Topics;
import dev.dakora.common.event.kafka.EventSerde;
import dev.dakora.llm.domain.Cancellations;
import dev.dakora.llm.domain.ModelCallService;
import dev.dakora.llm.messaging.CallBatch;
import dev.dakora.llm.messaging.CancellationListener;
import dev.dakora.llm.messaging.ModelCallListener;
import dev.dakora.llm.messaging.ResultPublisher;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The two consumers: {@code dakora.model-calls} in the shared group, batch by batch with the offsets
 * committed after the batch's results are published, and {@code dakora.jobs} in a group of this
 * instance alone, for cancellations.
 */
@Configuration(proxyBeanMethods = false)
class ListenerConfig {

    private static final Log LOG = LogFactory.getLog(ListenerConfig.class);

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, ModelCallRequested> modelCallsContainerFactory(
            KafkaProperties kafka, LlmWorkerProperties properties, DeadLetterPublishingRecoverer modelCallsDeadLetters) {
        Map<String, Object> consumer = kafka.buildConsumerProperties();
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, properties.kafka().groupId());
        consumer.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, properties.kafka().maxPollRecords());
        consumer.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) properties.kafka().maxPollInterval().toMillis());
        var factory = factory(consumer, EventSerde.of(Topics.MODEL_CALLS));
        factory.setBatchListener(true);
        factory.setConcurrency(properties.kafka().concurrency());
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        factory.setCommonErrorHandler(new DefaultErrorHandler(modelCallsDeadLetters, new FixedBackOff(1000, 2)));
        return factory;
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, JobCommand> jobsContainerFactory(KafkaProperties kafka) {
        Map<String, Object> consumer = kafka.buildConsumerProperties();
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "dakora-llm-worker-cancellations-" + UUID.randomUUID());
        var factory = factory(consumer, EventSerde.of(Topics.JOBS));
        factory.setCommonErrorHandler(new DefaultErrorHandler(
                (record, e) -> LOG.warn("skipped unreadable record at " + record.topic() + "-" + record.partition()
                        + "@" + record.offset() + ": " + e.getMessage()),
                new FixedBackOff(0, 0)));
        return factory;
    }

    /** Calls still running at shutdown are interrupted: their offsets are not committed, so they are redelivered. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService callExecutor() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }

    @Bean
    ModelCallListener modelCallListener(ModelCallService service, KafkaTemplate<String, ModelCallCompleted> callResultsTemplate,
                                        ExecutorService callExecutor) {
        return new ModelCallListener(new CallBatch(service, new ResultPublisher(callResultsTemplate), callExecutor));
    }

    @Bean
    CancellationListener cancellationListener(Cancellations cancellations, LlmWorkerProperties properties, Clock llmClock) {
        return new CancellationListener(cancellations, properties.kafka().cancelLookback(), llmClock);
    }

    private static <V> ConcurrentKafkaListenerContainerFactory<String, V> factory(Map<String, Object> consumer,
                                                                                   Deserializer<V> values) {
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        var factory = new ConcurrentKafkaListenerContainerFactory<String, V>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(consumer, new StringDeserializer(),
                new ErrorHandlingDeserializer<>(values)));
        return factory;
    }
}
