package dev.dakora.render.messaging;

import dev.dakora.common.event.JobCommand;
import dev.dakora.common.event.Topics;
import dev.dakora.common.event.kafka.EventSerde;
import dev.dakora.common.tracing.KafkaTracing;
import dev.dakora.render.config.RenderWorkerProperties;
import dev.dakora.render.domain.JobRenderer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Kafka wiring of the worker on top of Spring Boot's: string keys, {@link EventSerde} values behind an
 * {@link ErrorHandlingDeserializer} (an unreadable record reaches the listener, which dead-letters
 * it), one transactional producer for every output topic and the dead letter topic, and a rollback
 * policy that retries a failed poll batch with backoff.
 *
 * <p>Transactions come from {@code spring.kafka.producer.transaction-id-prefix}: with it Boot creates
 * the {@code KafkaTransactionManager} that the listener container starts a transaction with for each
 * poll batch and commits the batch's offsets in. Without it the worker refuses to start.
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean
    DefaultKafkaConsumerFactoryCustomizer jobsDeserializers() {
        return factory -> {
            @SuppressWarnings("unchecked")
            DefaultKafkaConsumerFactory<String, JobCommand> typed = (DefaultKafkaConsumerFactory<String, JobCommand>) factory;
            typed.setKeyDeserializer(new StringDeserializer());
            typed.setValueDeserializerSupplier(() -> new ErrorHandlingDeserializer<>(EventSerde.of(Topics.JOBS)));
        };
    }

    @Bean
    DefaultKafkaProducerFactoryCustomizer eventSerializers() {
        return factory -> {
            if (!factory.transactionCapable()) {
                throw new IllegalStateException("spring.kafka.producer.transaction-id-prefix must be set: "
                        + "the render worker publishes each poll batch in one Kafka transaction");
            }
            @SuppressWarnings("unchecked")
            DefaultKafkaProducerFactory<String, Object> typed = (DefaultKafkaProducerFactory<String, Object>) factory;
            typed.setKeySerializer(new StringSerializer());
            typed.setValueSerializer(new EventSerializer());
        };
    }

    @Bean
    DeadLetterPublishingRecoverer jobsDeadLetters(KafkaTemplate<Object, Object> template) {
        // no fixed partition: the dead letter topic may have fewer partitions; the job id key picks one
        return new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(Topics.JOBS.deadLetter(), -1));
    }

    @Bean
    AfterRollbackProcessor<Object, Object> retryRolledBackBatches(RenderWorkerProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.retry().initialInterval().toMillis(), 2.0);
        backOff.setMaxInterval(properties.retry().maxInterval().toMillis());
        return new DefaultAfterRollbackProcessor<>(backOff);
    }

    /**
     * The listener acknowledges each batch itself, to commit part of one that ran past its time budget;
     * attempt markers are read back whenever partitions are assigned.
     */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> manualAcks(
            RecordAttempts recordAttempts) {
        return container -> {
            container.getContainerProperties().setAckMode(ContainerProperties.AckMode.MANUAL);
            container.getContainerProperties().setConsumerRebalanceListener(recordAttempts);
        };
    }

    @Bean(destroyMethod = "close")
    AttemptLog attemptLog(KafkaProperties kafka, RenderWorkerProperties properties) {
        return new AttemptLog(properties.crashLoop().topic(), kafka.buildProducerProperties(),
                kafka.buildConsumerProperties());
    }

    @Bean
    RecordAttempts recordAttempts(AttemptLog attemptLog, RenderWorkerProperties properties) {
        return new RecordAttempts(attemptLog, properties.crashLoop().maxAttempts());
    }

    @Bean
    JobsListener jobsListener(JobRenderer renderer, KafkaTemplate<Object, Object> template,
                              DeadLetterPublishingRecoverer jobsDeadLetters, RecordAttempts recordAttempts,
                              RenderWorkerProperties properties, KafkaTracing tracing) {
        JobRecordHandler handler = new JobRecordHandler(renderer, new RenderPublisher(template), jobsDeadLetters,
                tracing);
        return new JobsListener(handler, recordAttempts, properties.batchTimeBudget(), System::nanoTime);
    }
}
