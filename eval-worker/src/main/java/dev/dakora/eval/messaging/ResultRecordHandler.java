package dev.dakora.eval.messaging;

import dev.dakora.common.event.ExperimentDefined;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.Topics;
import dev.dakora.eval.domain.CompiledExperiment;
import dev.dakora.eval.domain.EvalOutcome;
import dev.dakora.eval.domain.Scorer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

import java.util.Optional;

/**
 * Handles one record of {@code dakora.call-results} inside the listener's transaction. A result outside
 * experiments is skipped. An evaluated call's result, or a judge call's, is scored a step further and
 * the step published: a {@code CallScored} to {@code dakora.scores}, or the next judge call to
 * {@code dakora.model-calls}. A record that cannot be read, or that names an unknown experiment or one
 * whose definition cannot be compiled, goes to {@code dakora.call-results-dlt} in the same transaction.
 */
final class ResultRecordHandler {

    private static final LogAccessor LOG = new LogAccessor(ResultRecordHandler.class);

    private final ExperimentCatalog catalog;
    private final CompiledExperiments compiled;
    private final Scorer scorer;
    private final KafkaTemplate<Object, Object> template;
    private final ConsumerRecordRecoverer deadLetters;

    ResultRecordHandler(ExperimentCatalog catalog, CompiledExperiments compiled, Scorer scorer,
                        KafkaTemplate<Object, Object> template, ConsumerRecordRecoverer deadLetters) {
        this.catalog = catalog;
        this.compiled = compiled;
        this.scorer = scorer;
        this.template = template;
        this.deadLetters = deadLetters;
    }

    void handle(ConsumerRecord<String, ModelCallCompleted> record) {
        DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
        if (unreadable != null) {
            deadLetter(record, unreadable);
            return;
        }
        ModelCallCompleted result = record.value();
        if (result == null) {
            deadLetter(record, new SerializationException("a record without a value is not a call result"));
            return;
        }
        if (result.eval() == null) {
            return;
        }
        Optional<ExperimentDefined> definition = catalog.find(result.eval().experimentId());
        if (definition.isEmpty()) {
            deadLetter(record, new IllegalArgumentException("unknown experiment " + result.eval().experimentId()));
            return;
        }
        EvalOutcome outcome;
        try {
            CompiledExperiment experiment = compiled.of(definition.get());
            outcome = scorer.handle(experiment, result);
        } catch (IllegalArgumentException e) {
            deadLetter(record, e);
            return;
        }
        switch (outcome) {
            case EvalOutcome.Scored scored -> template.send(Topics.SCORES.name(), scored.score().key(), scored.score());
            case EvalOutcome.JudgeNext judge -> template.send(Topics.MODEL_CALLS.name(), judge.call().jobId(), judge.call());
        }
    }

    private void deadLetter(ConsumerRecord<String, ModelCallCompleted> record, Exception cause) {
        Throwable reason = cause instanceof DeserializationException && cause.getCause() != null ? cause.getCause() : cause;
        LOG.warn(() -> "dead-lettering " + record.topic() + "-" + record.partition() + "@" + record.offset()
                + " (key " + record.key() + "): " + reason.getMessage());
        deadLetters.accept(record, cause);
    }
}
