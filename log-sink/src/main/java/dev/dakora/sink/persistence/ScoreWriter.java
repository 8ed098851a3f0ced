package dev.dakora.sink.persistence;

import dev.dakora.common.event.CallScored;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

import java.util.List;

import static dev.dakora.sink.persistence.SqlArrays.booleans;
import static dev.dakora.sink.persistence.SqlArrays.decimals;
import static dev.dakora.sink.persistence.SqlArrays.doubles;
import static dev.dakora.sink.persistence.SqlArrays.instants;
import static dev.dakora.sink.persistence.SqlArrays.ints;
import static dev.dakora.sink.persistence.SqlArrays.json;
import static dev.dakora.sink.persistence.SqlArrays.longs;
import static dev.dakora.sink.persistence.SqlArrays.texts;

/**
 * Stores experiment scores in {@code experiment_results}, one statement per batch. A call id already
 * stored is skipped, so a redelivered score adds nothing.
 */
public final class ScoreWriter {

    static final String INSERT = """
            INSERT INTO experiment_results (call_id, experiment_id, job_id, batch_id, dataset_row, row_index, version,
                                            model, sample, succeeded, passed, score, latency_ms, cost_usd, priced,
                                            judge_cost_usd, tokens_in, tokens_out, output, error, assertions, scored_at)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::integer[], $6::integer[],
                                 $7::text[], $8::text[], $9::integer[], $10::boolean[], $11::boolean[],
                                 $12::double precision[], $13::bigint[], $14::numeric[], $15::boolean[],
                                 $16::numeric[], $17::bigint[], $18::bigint[], $19::text[], $20::text[],
                                 $21::jsonb[], $22::timestamptz[])
            ON CONFLICT (call_id) DO NOTHING
            """;

    private final DatabaseClient database;

    public ScoreWriter(DatabaseClient database) {
        this.database = database;
    }

    /** Emits the number of rows added (call ids not stored before). */
    public Mono<Long> write(List<CallScored> scores) {
        if (scores.isEmpty()) {
            return Mono.just(0L);
        }
        return database.sql(INSERT)
                .bind(0, texts(scores, CallScored::callId))
                .bind(1, texts(scores, CallScored::experimentId))
                .bind(2, texts(scores, CallScored::jobId))
                .bind(3, texts(scores, CallScored::batchId))
                .bind(4, ints(scores, CallScored::datasetRow))
                .bind(5, ints(scores, CallScored::rowIndex))
                .bind(6, texts(scores, CallScored::version))
                .bind(7, texts(scores, CallScored::model))
                .bind(8, ints(scores, CallScored::sample))
                .bind(9, booleans(scores, CallScored::succeeded))
                .bind(10, booleans(scores, CallScored::passed))
                .bind(11, doubles(scores, CallScored::score))
                .bind(12, longs(scores, CallScored::latencyMs))
                .bind(13, decimals(scores, CallScored::costUsd))
                .bind(14, booleans(scores, CallScored::priced))
                .bind(15, decimals(scores, CallScored::judgeCostUsd))
                .bind(16, longs(scores, CallScored::tokensIn))
                .bind(17, longs(scores, CallScored::tokensOut))
                .bind(18, texts(scores, CallScored::output))
                .bind(19, texts(scores, CallScored::error))
                .bind(20, json(scores, CallScored::assertions))
                .bind(21, instants(scores, CallScored::scoredAt))
                .fetch().rowsUpdated();
    }
}
