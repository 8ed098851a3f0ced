package dev.dakora.evaluation.scoring;

import dev.dakora.common.event.CallScored;
import dev.dakora.common.event.EvalContext;
import dev.dakora.common.event.ExperimentDefined;
import dev.dakora.common.event.JudgeContext;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.evaluation.assertion.EvalInput;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Scores an evaluated call of a judge-free experiment (its eval context says so,
 * {@link EvalContext#scoredBySink()}) in one step, with the same suite and the same {@link CallScored} as the
 * eval worker's last step. Whatever goes wrong with the call's own scoring (an unknown experiment, a
 * definition that cannot be compiled or that has judges after all, an assertion or step that throws) makes
 * the score an evaluation error with the reason ({@link EvaluationErrors}), never an exception: the caller
 * writes one row per call and goes on. Only the definitions' lookup may throw (the experiments topic cannot
 * be read in time), which is not about the record.
 */
public final class JudgeFreeScoring {

    private static final System.Logger LOG = System.getLogger(JudgeFreeScoring.class.getName());

    private final Function<String, Optional<ExperimentDefined>> definitions;
    private final CompiledExperiments compiled;
    private final Scores scores;
    private final EvaluationErrors errors;

    /** @param definitions an experiment's definition by id ({@link ExperimentCatalog#find}) */
    public JudgeFreeScoring(Function<String, Optional<ExperimentDefined>> definitions, CompiledExperiments compiled,
                            Scores scores, EvaluationErrors errors) {
        this.definitions = definitions;
        this.compiled = compiled;
        this.scores = scores;
        this.errors = errors;
    }

    /**
     * @param result a call result whose eval context is set
     * @throws IllegalStateException when the experiments' definitions cannot be read now
     */
    public CallScored score(ModelCallCompleted result) {
        EvalContext eval = result.eval();
        Optional<ExperimentDefined> definition = definitions.apply(eval.experimentId());
        if (definition.isEmpty()) {
            return failed(result, "unknown experiment " + eval.experimentId(), null);
        }
        CompiledExperiment experiment;
        try {
            experiment = compiled.of(definition.get());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(result, "the experiment's definition cannot be compiled: " + e.getMessage(), e);
        }
        if (!experiment.suite().judgeFree()) {
            return failed(result, "the call was sent as judge-free but its experiment has judge assertions", null);
        }
        try {
            ModelCallCompleted evaluated = result.withEval(null);
            JudgeContext done = new JudgeContext(evaluated, CallIds.sampleOf(evaluated.callId()), 0, List.of());
            return scores.scored(experiment, eval, done, EvalInput.of(evaluated, eval.expected()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failed(result, "scoring failed: " + e, e);
        }
    }

    private CallScored failed(ModelCallCompleted result, String reason, Throwable cause) {
        LOG.log(System.Logger.Level.WARNING, "scoring " + result.callId() + " of experiment "
                + result.eval().experimentId() + " failed; its score is an evaluation error: " + reason, cause);
        return errors.of(result, reason);
    }
}
