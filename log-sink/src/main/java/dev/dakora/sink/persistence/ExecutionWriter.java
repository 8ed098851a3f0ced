package dev.dakora.sink.persistence;

import dev.dakora.common.event.ModelCallCompleted;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

import java.util.List;

import static dev.dakora.sink.persistence.SqlArrays.booleans;
import static dev.dakora.sink.persistence.SqlArrays.decimals;
import static dev.dakora.sink.persistence.SqlArrays.instants;
import static dev.dakora.sink.persistence.SqlArrays.ints;
import static dev.dakora.sink.persistence.SqlArrays.json;
import static dev.dakora.sink.persistence.SqlArrays.longs;
import static dev.dakora.sink.persistence.SqlArrays.texts;

/**
 * Appends call results to the execution log, one statement per batch. A call id already logged is
 * skipped, so a redelivered result adds neither a row nor its cost.
 */
public final class ExecutionWriter {

    static final String INSERT = """
            INSERT INTO executions (call_id, job_id, batch_id, row_index, prompt_id, version, inputs_json, output_text,
                                    provider, model, tokens_in, tokens_out, cost_usd, priced, latency_ms, status, error,
                                    attempts, created_at, prompt, cached)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::integer[], $5::text[], $6::text[], $7::jsonb[],
                                 $8::text[], $9::text[], $10::text[], $11::bigint[], $12::bigint[], $13::numeric[],
                                 $14::boolean[], $15::bigint[], $16::text[], $17::text[], $18::integer[],
                                 $19::timestamptz[], $20::text[], $21::boolean[])
            ON CONFLICT (call_id) DO NOTHING
            """;

    private final DatabaseClient database;

    public ExecutionWriter(DatabaseClient database) {
        this.database = database;
    }

    /** Emits the number of rows added (call ids not logged before). */
    public Mono<Long> write(List<ModelCallCompleted> calls) {
        if (calls.isEmpty()) {
            return Mono.just(0L);
        }
        return database.sql(INSERT)
                .bind(0, texts(calls, ModelCallCompleted::callId))
                .bind(1, texts(calls, ModelCallCompleted::jobId))
                .bind(2, texts(calls, ModelCallCompleted::batchId))
                .bind(3, ints(calls, ModelCallCompleted::rowIndex))
                .bind(4, texts(calls, ModelCallCompleted::templateId))
                .bind(5, texts(calls, ModelCallCompleted::version))
                .bind(6, json(calls, ModelCallCompleted::inputs))
                .bind(7, texts(calls, ModelCallCompleted::output))
                .bind(8, texts(calls, ModelCallCompleted::provider))
                .bind(9, texts(calls, ModelCallCompleted::model))
                .bind(10, longs(calls, ModelCallCompleted::tokensIn))
                .bind(11, longs(calls, ModelCallCompleted::tokensOut))
                .bind(12, decimals(calls, ModelCallCompleted::costUsd))
                .bind(13, booleans(calls, ModelCallCompleted::priced))
                .bind(14, longs(calls, ModelCallCompleted::latencyMs))
                .bind(15, texts(calls, call -> call.status().wireName()))
                .bind(16, texts(calls, ModelCallCompleted::error))
                .bind(17, ints(calls, ModelCallCompleted::attempts))
                .bind(18, instants(calls, ModelCallCompleted::completedAt))
                .bind(19, texts(calls, ModelCallCompleted::prompt))
                .bind(20, booleans(calls, ModelCallCompleted::cached))
                .fetch().rowsUpdated();
    }
}
