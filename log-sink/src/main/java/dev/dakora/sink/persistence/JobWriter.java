package dev.dakora.sink.persistence;

import dev.dakora.common.event.JobCompleted;
import dev.dakora.common.event.JobSubmitted;
import dev.dakora.common.event.RenderCompleted;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

import java.util.List;

import static dev.dakora.sink.persistence.SqlArrays.instants;
import static dev.dakora.sink.persistence.SqlArrays.ints;
import static dev.dakora.sink.persistence.SqlArrays.json;
import static dev.dakora.sink.persistence.SqlArrays.texts;

/**
 * Keeps the {@code jobs} table: a row appears as {@code queued} on submission, turns {@code running} when
 * rendered and final on completion, whatever order these arrive in; a status never moves back and the
 * first final status stands. One statement per batch and kind of event.
 */
public final class JobWriter {

    private final DatabaseClient database;

    public JobWriter(DatabaseClient database) {
        this.database = database;
    }

    public Mono<Long> submitted(List<JobSubmitted> jobs) {
        List<JobSubmitted> rows = PerKey.first(jobs, JobSubmitted::jobId);
        return rows.isEmpty() ? Mono.just(0L) : database.sql(JobSql.SUBMITTED)
                .bind(0, texts(rows, JobSubmitted::jobId))
                .bind(1, texts(rows, job -> job.type().wireName()))
                .bind(2, texts(rows, job -> text(job.template().get("id"))))
                .bind(3, texts(rows, job -> text(job.template().get("version"))))
                .bind(4, texts(rows, JobSubmitted::batchId))
                .bind(5, ints(rows, JobSubmitted::rowIndex))
                .bind(6, json(rows, JobSubmitted::inputs))
                .bind(7, json(rows, JobSubmitted::models))
                .bind(8, instants(rows, JobSubmitted::submittedAt))
                .fetch().rowsUpdated();
    }

    public Mono<Long> rendered(List<RenderCompleted> renders) {
        List<RenderCompleted> rows = PerKey.last(renders, RenderCompleted::jobId);
        return rows.isEmpty() ? Mono.just(0L) : database.sql(JobSql.RENDERED)
                .bind(0, texts(rows, RenderCompleted::jobId))
                .bind(1, texts(rows, RenderCompleted::batchId))
                .bind(2, ints(rows, RenderCompleted::rowIndex))
                .bind(3, texts(rows, RenderCompleted::rendered))
                .bind(4, instants(rows, RenderCompleted::renderedAt))
                .fetch().rowsUpdated();
    }

    public Mono<Long> completed(List<JobCompleted> completions) {
        List<JobCompleted> rows = PerKey.first(completions, JobCompleted::jobId);
        return rows.isEmpty() ? Mono.just(0L) : database.sql(JobSql.COMPLETED)
                .bind(0, texts(rows, JobCompleted::jobId))
                .bind(1, texts(rows, job -> job.type() == null ? null : job.type().wireName()))
                .bind(2, texts(rows, job -> job.status().wireName()))
                .bind(3, texts(rows, JobCompleted::templateId))
                .bind(4, texts(rows, JobCompleted::version))
                .bind(5, texts(rows, JobCompleted::batchId))
                .bind(6, ints(rows, JobCompleted::rowIndex))
                .bind(7, texts(rows, JobCompleted::rendered))
                .bind(8, json(rows, JobCompleted::result))
                .bind(9, texts(rows, JobCompleted::error))
                .bind(10, instants(rows, JobCompleted::completedAt))
                .fetch().rowsUpdated();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
