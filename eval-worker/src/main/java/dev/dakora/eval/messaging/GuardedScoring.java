package dev.dakora.eval.messaging;

import dev.dakora.evaluation.scoring.CompiledExperiments;
import dev.dakora.common.event.ExperimentDefined;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.evaluation.scoring.CompiledExperiment;
import dev.dakora.eval.domain.EvalOutcome;
import dev.dakora.evaluation.scoring.EvaluationErrors;
import org.springframework.core.log.LogAccessor;

/**
 * One scoring step that neither stops the worker nor is retried forever: an experiment whose definition
 * cannot be compiled, or a step that throws (an exception, {@link StackOverflowError}, {@link OutOfMemoryError}),
 * makes the evaluated call's score an evaluation error with the reason ({@link EvaluationErrors}), and the
 * worker moves on to the next record.
 */
final class GuardedScoring {

    /** One step of scoring a result ({@code Scorer::handle}). */
    interface Step {
        EvalOutcome handle(CompiledExperiment experiment, ModelCallCompleted result);
    }

    private static final LogAccessor LOG = new LogAccessor(GuardedScoring.class);

    private final CompiledExperiments compiled;
    private final Step step;
    private final EvaluationErrors errors;

    GuardedScoring(CompiledExperiments compiled, Step step, EvaluationErrors errors) {
        this.compiled = compiled;
        this.step = step;
        this.errors = errors;
    }

    /**
     * @param result a call result whose {@code eval} is set
     * @throws IllegalArgumentException when not even an evaluation error can be made of the result
     */
    EvalOutcome score(ExperimentDefined definition, ModelCallCompleted result) {
        CompiledExperiment experiment;
        try {
            experiment = compiled.of(definition);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(result, "the experiment's definition cannot be compiled: " + e.getMessage(), e);
        }
        try {
            return step.handle(experiment, result);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failed(result, "scoring failed: " + e, e);
        }
    }

    private EvalOutcome failed(ModelCallCompleted result, String reason, Throwable cause) {
        LOG.warn(cause, () -> "scoring " + result.callId() + " of experiment " + result.eval().experimentId()
                + " failed; its score is an evaluation error: " + reason);
        return new EvalOutcome.Scored(errors.of(result, reason));
    }
}
