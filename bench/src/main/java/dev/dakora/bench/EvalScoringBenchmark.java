package dev.dakora.bench;

import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.evaluation.scoring.CompiledExperiment;
import dev.dakora.eval.domain.EvalOutcome;
import dev.dakora.eval.domain.Scorer;
import dev.dakora.evaluation.assertion.EvalInput;
import dev.dakora.evaluation.assertion.RowEvaluation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * CPU per scored call in the eval worker, apart from Kafka: one thread, so time per operation is CPU
 * per operation. Three deterministic assertions ({@link EvalFixtures}) on a 570-character answer:
 * {@code suite} is {@code AssertionSuite.evaluate} alone, {@code scorer} the worker's {@link Scorer}
 * step that builds the {@code CallScored}, {@code record} the same from the call result's JSON bytes to
 * the score's. With one {@code llm-judge} more: {@code judgeRequest} (the evaluated call's step, which
 * renders the judge prompt into a model call), {@code judgeScored} (the judge answer's step, which reads
 * the verdict and scores), and {@code judgedRecord} (both steps from JSON bytes to JSON bytes: the
 * worker's whole bookkeeping for one judged call; the judge's own model call is not in it).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvalScoringBenchmark {

    private Scorer scorer;
    private CompiledExperiment deterministic;
    private CompiledExperiment judged;
    private EvalInput input;
    private ModelCallCompleted result;
    private ModelCallCompleted judgedResult;
    private ModelCallCompleted judgeAnswer;
    private byte[] resultJson;
    private byte[] judgedResultJson;
    private byte[] judgeAnswerJson;

    @Setup(Level.Trial)
    public void prepare() {
        scorer = new Scorer(new TemplateRenderer(), Clock.fixed(EvalFixtures.AT, ZoneOffset.UTC));
        deterministic = CompiledExperiment.compile(EvalFixtures.defined("exp-det", EvalFixtures.deterministicAssertions()));
        judged = CompiledExperiment.compile(EvalFixtures.defined("exp-judge", EvalFixtures.judgedAssertions()));
        result = EvalFixtures.result("exp-det", 417);
        input = EvalInput.of(result.withEval(null), null);
        resultJson = EventJson.write(result);
        judgedResult = EvalFixtures.result("exp-judge", 417);
        judgedResultJson = EventJson.write(judgedResult);
        judgeAnswer = EvalFixtures.judgeAnswer(((EvalOutcome.JudgeNext) scorer.handle(judged, judgedResult)).call());
        judgeAnswerJson = EventJson.write(judgeAnswer);
        requirePassed(scorer.handle(deterministic, result), 3);
        requirePassed(scorer.handle(judged, judgeAnswer), 4);
    }

    /** Fails the run when the fixture does not score as meant (every assertion passing, judge included). */
    private static void requirePassed(EvalOutcome outcome, int assertions) {
        if (!(outcome instanceof EvalOutcome.Scored(var score)) || !score.passed()
                || score.assertions().size() != assertions) {
            throw new IllegalStateException("the fixture did not score as expected: " + outcome);
        }
    }

    @Benchmark
    public RowEvaluation suite() {
        return deterministic.suite().evaluate(input, Map.of());
    }

    @Benchmark
    public EvalOutcome scorer() {
        return scorer.handle(deterministic, result);
    }

    @Benchmark
    public byte[] record() {
        ModelCallCompleted read = EventJson.read(resultJson, ModelCallCompleted.class);
        return EventJson.write(((EvalOutcome.Scored) scorer.handle(deterministic, read)).score());
    }

    @Benchmark
    public ModelCallRequested judgeRequest() {
        return ((EvalOutcome.JudgeNext) scorer.handle(judged, judgedResult)).call();
    }

    @Benchmark
    public EvalOutcome judgeScored() {
        return scorer.handle(judged, judgeAnswer);
    }

    @Benchmark
    public void judgedRecord(Blackhole sink) {
        ModelCallCompleted read = EventJson.read(judgedResultJson, ModelCallCompleted.class);
        sink.consume(EventJson.write(((EvalOutcome.JudgeNext) scorer.handle(judged, read)).call()));
        ModelCallCompleted answer = EventJson.read(judgeAnswerJson, ModelCallCompleted.class);
        sink.consume(EventJson.write(((EvalOutcome.Scored) scorer.handle(judged, answer)).score()));
    }
}
