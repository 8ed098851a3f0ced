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
import dev.dakora.sink.persistence.BatchWriter;
import dev.dakora.sink.persistence.ExecutionWriter;
import dev.dakora.sink.persistence.JobWriter;
import dev.dakora.sink.persistence.ScoreWriter;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * What each topic's batch of events writes: call results to the execution log; submissions, renders
 * and completions to {@code jobs}; batch submissions and progress to {@code batches}; experiment scores to
 * {@code experiment_results}. Cancellations and
 * render failures write nothing here: the job's completion carries their outcome.
 */
public final class EventWrites {

    private final ExecutionWriter executions;
    private final JobWriter jobs;
    private final BatchWriter batches;
    private final ScoreWriter scores;

    public EventWrites(ExecutionWriter executions, JobWriter jobs, BatchWriter batches, ScoreWriter scores) {
        this.executions = executions;
        this.jobs = jobs;
        this.batches = batches;
        this.scores = scores;
    }

    public Mono<Long> scores(List<CallScored> scored) {
        return scores.write(scored);
    }

    public Mono<Long> callResults(List<ModelCallCompleted> calls) {
        return executions.write(calls);
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
