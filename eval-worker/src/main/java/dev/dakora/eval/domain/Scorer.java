package dev.dakora.eval.domain;

import dev.dakora.common.event.EvalContext;
import dev.dakora.common.event.JudgeContext;
import dev.dakora.common.event.JudgeOutcome;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.evaluation.assertion.EvalInput;
import dev.dakora.evaluation.assertion.JudgeAnswer;
import dev.dakora.evaluation.assertion.JudgeRequest;
import dev.dakora.evaluation.assertion.JudgeVerdict;
import dev.dakora.evaluation.scoring.CallIds;
import dev.dakora.evaluation.scoring.CompiledExperiment;
import dev.dakora.evaluation.scoring.Scores;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of scoring, without state of its own: an evaluated call's result starts it, each judge
 * call's result continues it (the verdicts so far travel in the judge call's {@link JudgeContext}).
 * With judge assertions left to answer, the step is the next judge call; after the last, the score. A
 * judge whose template cannot be rendered is not called: its assertion fails with the reason.
 */
public final class Scorer {

    private final JudgeCalls judges;
    private final Scores scores;
    private final Clock clock;

    public Scorer(TemplateRenderer renderer, Clock clock) {
        this.judges = new JudgeCalls(renderer);
        this.scores = new Scores(clock);
        this.clock = clock;
    }

    /** @param result a call result whose {@link ModelCallCompleted#eval()} is set */
    public EvalOutcome handle(CompiledExperiment experiment, ModelCallCompleted result) {
        EvalContext eval = result.eval();
        if (!eval.judgeCall()) {
            ModelCallCompleted evaluated = result.withEval(null);
            return next(experiment, eval, new JudgeContext(evaluated, CallIds.sampleOf(evaluated.callId()), 0, List.of()), -1);
        }
        JudgeContext judge = eval.judge();
        List<JudgeOutcome> verdicts = new ArrayList<>(judge.verdicts());
        verdicts.add(outcome(judge.assertionIndex(), result));
        return next(experiment, eval, new JudgeContext(judge.evaluated(), judge.sample(), judge.assertionIndex(), verdicts),
                judge.assertionIndex());
    }

    private EvalOutcome next(CompiledExperiment experiment, EvalContext eval, JudgeContext sofar, int answered) {
        EvalInput input = EvalInput.of(sofar.evaluated(), eval.expected());
        List<JudgeOutcome> verdicts = new ArrayList<>(sofar.verdicts());
        List<JudgeRequest> requests;
        try {
            requests = experiment.suite().judgeRequests(input);
        } catch (RuntimeException e) {
            return new EvalOutcome.Scored(scores.failed(experiment, eval, sofar, "scoring failed: " + e));
        }
        for (JudgeRequest request : requests) {
            if (request.assertionIndex() <= answered) {
                continue;
            }
            JudgeContext context = new JudgeContext(sofar.evaluated(), sofar.sample(), request.assertionIndex(), verdicts);
            try {
                return new EvalOutcome.JudgeNext(judges.call(experiment, request, eval, context, clock.instant()));
            } catch (RuntimeException e) {
                verdicts.add(new JudgeOutcome(request.assertionIndex(), 0, null, null,
                        "the judge prompt could not be made: " + e.getMessage()));
            }
        }
        JudgeContext done = new JudgeContext(sofar.evaluated(), sofar.sample(), Math.max(answered, 0), verdicts);
        return new EvalOutcome.Scored(scores.scored(experiment, eval, done, input));
    }

    private static JudgeOutcome outcome(int index, ModelCallCompleted judgeResult) {
        JudgeVerdict verdict = judgeResult.succeeded()
                ? JudgeAnswer.read(judgeResult.output(), judgeResult.costUsd())
                : JudgeVerdict.failed("the judge call " + judgeResult.status().wireName() + ": " + judgeResult.error(),
                        judgeResult.costUsd());
        return new JudgeOutcome(index, verdict.score(), verdict.reason(), verdict.costUsd(), verdict.error());
    }
}
