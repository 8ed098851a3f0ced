package dev.dakora.sink.persistence;

import dev.dakora.common.event.BatchProgressed;
import dev.dakora.common.event.BatchSubmitted;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

import java.util.List;

import static dev.dakora.sink.persistence.SqlArrays.decimals;
import static dev.dakora.sink.persistence.SqlArrays.instants;
import static dev.dakora.sink.persistence.SqlArrays.ints;
import static dev.dakora.sink.persistence.SqlArrays.json;
import static dev.dakora.sink.persistence.SqlArrays.longs;
import static dev.dakora.sink.persistence.SqlArrays.texts;

/**
 * Keeps the {@code batches} table: a row from the submission (description and totals) and from each
 * progress report (counters), in either order. Counters only grow, a status only moves forward and the
 * first final status stands, so a late, repeated or replayed report changes nothing. Every counter is a
 * running total that only grows in the aggregation, so the greatest value of each column is the newest
 * report's: the row needs no version of its own.
 */
public final class BatchWriter {

    private final DatabaseClient database;

    public BatchWriter(DatabaseClient database) {
        this.database = database;
    }

    public Mono<Long> submitted(List<BatchSubmitted> batches) {
        List<BatchSubmitted> rows = PerKey.first(batches, BatchSubmitted::batchId);
        return rows.isEmpty() ? Mono.just(0L) : database.sql(BatchSql.SUBMITTED)
                .bind(0, texts(rows, BatchSubmitted::batchId))
                .bind(1, texts(rows, BatchSubmitted::name))
                .bind(2, texts(rows, BatchSubmitted::templateId))
                .bind(3, texts(rows, BatchSubmitted::version))
                .bind(4, json(rows, BatchSubmitted::models))
                .bind(5, ints(rows, BatchSubmitted::totalJobs))
                .bind(6, ints(rows, BatchSubmitted::totalCalls))
                .bind(7, instants(rows, BatchSubmitted::submittedAt))
                .fetch().rowsUpdated();
    }

    public Mono<Long> progressed(List<BatchProgressed> reports) {
        List<BatchProgressed> rows = PerKey.last(reports, BatchProgressed::batchId);
        return rows.isEmpty() ? Mono.just(0L) : database.sql(BatchSql.PROGRESSED)
                .bind(0, texts(rows, BatchProgressed::batchId))
                .bind(1, texts(rows, report -> report.status().wireName()))
                .bind(2, ints(rows, BatchProgressed::totalJobs))
                .bind(3, ints(rows, BatchProgressed::completedJobs))
                .bind(4, ints(rows, BatchProgressed::failedJobs))
                .bind(5, ints(rows, BatchProgressed::totalCalls))
                .bind(6, ints(rows, BatchProgressed::completedCalls))
                .bind(7, decimals(rows, BatchProgressed::totalCostUsd))
                .bind(8, longs(rows, BatchProgressed::totalTokensIn))
                .bind(9, longs(rows, BatchProgressed::totalTokensOut))
                .bind(10, instants(rows, BatchProgressed::updatedAt))
                .fetch().rowsUpdated();
    }
}
