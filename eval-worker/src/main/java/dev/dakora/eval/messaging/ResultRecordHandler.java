package dev.dakora.eval.messaging;

import dev.dakora.evaluation.scoring.ExperimentCatalog;
import dev.dakora.common.event.ExperimentDefined;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.Topics;
import dev.dakora.eval.domain.EvalOutcome;
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
 * experiments is skipped, and so is one of a judge-free experiment ({@code EvalContext.scoredBySink()}): the
 * log sink scores it in the transaction that logs it. An evaluated call's result, or a judge call's, is scored a step further and
 * the step published: a {@code CallScored} to {@code dakora.scores}, or the next judge call to
 * {@code dakora.model-calls}. A record that cannot be read, or that names an unknown experiment, goes to
 * {@code dakora.call-results-dlt} in the same transaction. Scoring that fails ({@link GuardedScoring}: a
 * definition that cannot be compiled, a step that throws), and a record that cannot be read but names its
 * evaluated call ({@link UnreadableResults}), make that call's score an evaluation error with the reason.
 */
final class ResultRecordHandler {

    private static final LogAccessor LOG = new LogAccessor(ResultRecordHandler.class);

    private final ExperimentCatalog catalog;
    private final GuardedScoring scoring;
    private final UnreadableResults unreadableResults;
    private final KafkaTemplate<Object, Object> template;
    private final ConsumerRecordRecoverer deadLetters;

    ResultRecordHandler(ExperimentCatalog catalog, GuardedScoring scoring, UnreadableResults unreadableResults,
                        KafkaTemplate<Object, Object> template, ConsumerRecordRecoverer deadLetters) {
        this.catalog = catalog;
        this.scoring = scoring;
        this.unreadableResults = unreadableResults;
        this.template = template;
        this.deadLetters = deadLetters;
    }

    void handle(ConsumerRecord<String, ModelCallCompleted> record) {
        DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
        if (unreadable != null) {
            deadLetter(record, unreadable);
            String reason = (unreadable.getCause() != null ? unreadable.getCause() : unreadable).getMessage();
            unreadableResults.scoreOf(unreadable.getData(), reason)
                    .ifPresent(score -> template.send(Topics.SCORES.name(), score.key(), score));
            return;
        }
        ModelCallCompleted result = record.value();
        if (result == null) {
            deadLetter(record, new SerializationException("a record without a value is not a call result"));
            return;
        }
        if (result.eval() == null || result.eval().scoredBySink()) {
            return;
        }
        Optional<ExperimentDefined> definition = catalog.find(result.eval().experimentId());
        if (definition.isEmpty()) {
            deadLetter(record, new IllegalArgumentException("unknown experiment " + result.eval().experimentId()));
            return;
        }
        EvalOutcome outcome;
        try {
            outcome = scoring.score(definition.get(), result);
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
