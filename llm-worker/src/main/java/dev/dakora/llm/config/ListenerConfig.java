package dev.dakora.llm.config;

import dev.dakora.common.event.JobCommand;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.event.Topics;
import dev.dakora.common.event.kafka.EventSerde;
import dev.dakora.common.tracing.KafkaTracing;
import dev.dakora.llm.domain.Cancellations;
import dev.dakora.llm.domain.ModelCallService;
import dev.dakora.llm.lane.BatchLane;
import dev.dakora.llm.messaging.CallDispatcher;
import dev.dakora.llm.messaging.CallSpans;
import dev.dakora.llm.messaging.CancellationListener;
import dev.dakora.llm.messaging.DispatchSettings;
import dev.dakora.llm.messaging.ModelCallListener;
import dev.dakora.llm.messaging.ResultPublisher;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
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
 * The two consumers: {@code dakora.model-calls} in the shared group, each call acknowledged once its
 * result is published ({@link CallDispatcher}), and {@code dakora.jobs} in a group of this instance
 * alone, for cancellations.
 */
@Configuration(proxyBeanMethods = false)
class ListenerConfig {

    private static final Log LOG = LogFactory.getLog(ListenerConfig.class);

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, ModelCallRequested> modelCallsContainerFactory(
            KafkaProperties kafka, LlmWorkerProperties properties, DeadLetterPublishingRecoverer modelCallsDeadLetters,
            CallDispatcher callDispatcher) {
        Map<String, Object> consumer = kafka.buildConsumerProperties();
        GroupSettings.apply(consumer, properties.kafka());
        consumer.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, properties.kafka().maxPollRecords());
        var factory = factory(consumer, EventSerde.of(Topics.MODEL_CALLS));
        factory.setConcurrency(properties.kafka().concurrency());
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.MANUAL);
        factory.getContainerProperties().setPollTimeout(1000);
        factory.getContainerProperties().setConsumerRebalanceListener(callDispatcher);
        DefaultErrorHandler errorHandler = new DefaultErrorHandler((record, e) -> {
            LOG.warn("unreadable model call at " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + ", sent to the dead letter topic: " + NestedExceptionUtils.getMostSpecificCause(e).getMessage());
            modelCallsDeadLetters.accept(record, e);
        }, new FixedBackOff(1000, 2));
        // offsets are committed in order by the dispatcher only: committing a dead letter's offset here
        // would also commit earlier calls still running
        errorHandler.setAckAfterHandle(false);
        factory.setCommonErrorHandler(errorHandler);
        return factory;
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, JobCommand> jobsContainerFactory(KafkaProperties kafka) {
        Map<String, Object> consumer = kafka.buildConsumerProperties();
        consumer.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
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

    @Bean(destroyMethod = "close")
    CallDispatcher callDispatcher(ModelCallService service, KafkaTemplate<String, ModelCallCompleted> callResultsTemplate,
                                  ExecutorService callExecutor, KafkaListenerEndpointRegistry registry,
                                  LlmWorkerProperties properties, KafkaProperties kafka, BatchLane batchLane,
                                  KafkaTracing tracing,
                                  @Value("${dakora.llm.tracing.capture-content:false}") boolean captureContent) {
        LlmWorkerProperties.Kafka settings = properties.kafka();
        DispatchSettings dispatch = new DispatchSettings(settings.maxInFlight(), settings.maxInFlightPerPartition(),
                settings.revokeGrace(), settings.ledgerWait(), settings.ledgerClockSkew());
        CallDispatcher dispatcher = new CallDispatcher(service, new ResultPublisher(callResultsTemplate), callExecutor,
                registry, dispatch, () -> ledgerConsumer(kafka), batchLane);
        dispatcher.traceWith(new CallSpans(tracing, captureContent));
        return dispatcher;
    }

    /** A consumer of the call ledger: no group, nothing committed, raw bytes. */
    private static Consumer<byte[], byte[]> ledgerConsumer(KafkaProperties kafka) {
        Map<String, Object> consumer = kafka.buildConsumerProperties();
        consumer.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumer.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.put(ConsumerConfig.CLIENT_ID_CONFIG, "dakora-llm-call-ledger-" + UUID.randomUUID());
        return new KafkaConsumer<>(consumer, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @Bean
    ModelCallListener modelCallListener(CallDispatcher callDispatcher) {
        return new ModelCallListener(callDispatcher);
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
