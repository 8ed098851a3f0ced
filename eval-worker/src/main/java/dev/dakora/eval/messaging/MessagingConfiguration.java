package dev.dakora.eval.messaging;

import dev.dakora.evaluation.scoring.ExperimentCatalog;
import dev.dakora.evaluation.scoring.CompiledExperiments;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.Topics;
import dev.dakora.common.event.kafka.EventSerde;
import dev.dakora.common.tracing.KafkaTracing;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.eval.config.EvalWorkerProperties;
import dev.dakora.evaluation.scoring.EvaluationErrors;
import dev.dakora.eval.domain.Scorer;
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
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

import java.time.Clock;

/**
 * Kafka wiring of the worker on top of Spring Boot's: call results read with {@link EventSerde} behind
 * an {@link ErrorHandlingDeserializer}, one transactional producer for scores, judge calls and dead
 * letters, and a rollback policy that retries a failed poll batch with backoff. Transactions come from
 * {@code spring.kafka.producer.transaction-id-prefix} (Boot's {@code KafkaTransactionManager} runs each
 * poll batch in one and sends its offsets in it); without it the worker refuses to start.
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    /** A definition read from {@code dakora.experiments}, in the trace of the experiment's submission. */
    static final String EXPERIMENT_READ_SPAN = "dakora.experiment.read";

    @Bean
    DefaultKafkaConsumerFactoryCustomizer resultDeserializers() {
        return factory -> {
            @SuppressWarnings("unchecked")
            DefaultKafkaConsumerFactory<String, ModelCallCompleted> typed =
                    (DefaultKafkaConsumerFactory<String, ModelCallCompleted>) factory;
            typed.setKeyDeserializer(new StringDeserializer());
            typed.setValueDeserializerSupplier(() -> new ErrorHandlingDeserializer<>(EventSerde.of(Topics.CALL_RESULTS)));
        };
    }

    @Bean
    DefaultKafkaProducerFactoryCustomizer eventSerializers() {
        return factory -> {
            if (!factory.transactionCapable()) {
                throw new IllegalStateException("spring.kafka.producer.transaction-id-prefix must be set: "
                        + "the eval worker publishes each poll batch in one Kafka transaction");
            }
            @SuppressWarnings("unchecked")
            DefaultKafkaProducerFactory<String, Object> typed = (DefaultKafkaProducerFactory<String, Object>) factory;
            typed.setKeySerializer(new StringSerializer());
            typed.setValueSerializer(new EventSerializer());
        };
    }

    @Bean
    DeadLetterPublishingRecoverer resultsDeadLetters(KafkaTemplate<Object, Object> template) {
        return new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(Topics.CALL_RESULTS.deadLetter(), -1));
    }

    @Bean
    AfterRollbackProcessor<Object, Object> retryRolledBackBatches(EvalWorkerProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.retry().initialInterval().toMillis(), 2.0);
        backOff.setMaxInterval(properties.retry().maxInterval().toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        return new DefaultAfterRollbackProcessor<>(backOff);
    }

    @Bean(destroyMethod = "close")
    ExperimentCatalog experimentCatalog(KafkaProperties kafka, EvalWorkerProperties properties, KafkaTracing tracing) {
        return ExperimentCatalog.reading(kafka.buildConsumerProperties(), "dakora-eval-worker-experiments",
                properties.experimentsTimeout(), (headers, experimentId) ->
                        tracing.received(headers, EXPERIMENT_READ_SPAN, "dakora.experiment_id", experimentId));
    }

    @Bean
    ResultsListener resultsListener(ExperimentCatalog catalog, KafkaTemplate<Object, Object> template,
                                    DeadLetterPublishingRecoverer resultsDeadLetters, EvalWorkerProperties properties,
                                    KafkaTracing tracing) {
        Clock clock = Clock.systemUTC();
        Scorer scorer = new Scorer(new TemplateRenderer(), clock);
        GuardedScoring scoring = new GuardedScoring(new CompiledExperiments(properties.compiledExperiments()), scorer::handle,
                new EvaluationErrors(clock));
        return new ResultsListener(new ResultRecordHandler(catalog, scoring, new UnreadableResults(clock), template,
                resultsDeadLetters), tracing);
    }
}
