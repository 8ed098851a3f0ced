package dev.dakora.sink.messaging;

import dev.dakora.common.event.BatchProgressed;
import dev.dakora.common.event.BatchSubmitted;
import dev.dakora.common.event.CallScored;
import dev.dakora.common.event.JobCommand;
import dev.dakora.common.event.JobCompleted;
import dev.dakora.common.event.JobSubmitted;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.RenderCompleted;
import dev.dakora.common.event.RenderEvent;
import dev.dakora.common.event.ResultEvent;
import dev.dakora.evaluation.scoring.JudgeFreeScoring;
import dev.dakora.sink.persistence.BatchWriter;
import dev.dakora.sink.persistence.ExecutionWriter;
import dev.dakora.sink.persistence.JobWriter;
import dev.dakora.sink.persistence.ScoreWriter;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * What each topic's batch of events writes: call results to the execution log, and the scores of the
 * evaluated calls of judge-free experiments ({@code EvalContext.scoredBySink()}) to {@code experiment_results}
 * in the same statement chain, so in the same transaction; submissions, renders and completions to
 * {@code jobs}; batch submissions and progress to {@code batches}; the eval worker's experiment scores to
 * {@code experiment_results}. Cancellations and render failures write nothing here: the job's completion
 * carries their outcome.
 */
public final class EventWrites {

    private final ExecutionWriter executions;
    private final JobWriter jobs;
    private final BatchWriter batches;
    private final ScoreWriter scores;
    private final JudgeFreeScoring judgeFree;

    public EventWrites(ExecutionWriter executions, JobWriter jobs, BatchWriter batches, ScoreWriter scores,
                       JudgeFreeScoring judgeFree) {
        this.executions = executions;
        this.jobs = jobs;
        this.batches = batches;
        this.scores = scores;
        this.judgeFree = judgeFree;
    }

    public Mono<Long> scores(List<CallScored> scored) {
        return scores.write(scored);
    }

    /**
     * Scores the judge-free calls at once (on the caller's thread: the experiments' definitions may have to be
     * read first), then writes the calls and those scores.
     *
     * @throws IllegalStateException when the experiments' definitions cannot be read now (the batch is retried)
     */
    public Mono<Long> callResults(List<ModelCallCompleted> calls) {
        List<CallScored> scored = calls.stream().filter(call -> call.eval() != null && call.eval().scoredBySink())
                .map(judgeFree::score).toList();
        Mono<Long> logged = executions.write(calls);
        return scored.isEmpty() ? logged : logged.flatMap(rows -> scores.write(scored).thenReturn(rows));
    }

    public Mono<Long> jobCommands(List<JobCommand> commands) {
        return jobs.submitted(only(commands, JobSubmitted.class))
                .then(batches.submitted(only(commands, BatchSubmitted.class)));
    }

    public Mono<Long> renders(List<RenderEvent> renders) {
        return jobs.rendered(only(renders, RenderCompleted.class));
    }

    public Mono<Long> results(List<ResultEvent> results) {
        return jobs.completed(only(results, JobCompleted.class))
                .then(batches.progressed(only(results, BatchProgressed.class)));
    }

    private static <T> List<T> only(List<?> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
