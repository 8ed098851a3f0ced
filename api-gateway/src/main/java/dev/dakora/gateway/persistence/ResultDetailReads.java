package dev.dakora.gateway.persistence;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;

/** One call of the execution log in full, and the rows of a batch that failed before any call. */
public class ResultDetailReads {

    private final DatabaseClient db;

    public ResultDetailReads(DatabaseClient db) {
        this.db = db;
    }

    public Mono<CallDetail> call(String callId) {
        return db.sql("SELECT * FROM executions WHERE call_id = :call").bind("call", callId)
                .map(ResultDetailReads::detail).first();
    }

    /**
     * The batch's rows whose job ended failed or cancelled with an error, by row index; at most
     * {@code limit}.
     */
    public Flux<RowFailure> failures(String batchId, int limit) {
        return db.sql("""
                        SELECT row_index, status, error, inputs FROM jobs
                         WHERE batch_id = :batch AND status IN ('failed', 'cancelled') AND error IS NOT NULL
                         ORDER BY row_index LIMIT :limit""")
                .bind("batch", batchId).bind("limit", limit)
                .map(row -> new RowFailure(row.get("row_index", Integer.class), row.get("status", String.class),
                        row.get("error", String.class), Rows.json(row, "inputs")))
                .all();
    }

    private static CallDetail detail(Readable row) {
        return new CallDetail(row.get("call_id", String.class), row.get("job_id", String.class),
                row.get("batch_id", String.class), row.get("row_index", Integer.class), row.get("prompt_id", String.class),
                row.get("version", String.class), row.get("model", String.class), row.get("provider", String.class),
                row.get("status", String.class), Rows.json(row, "inputs_json"), row.get("prompt", String.class),
                row.get("output_text", String.class), row.get("tokens_in", Long.class), row.get("tokens_out", Long.class),
                row.get("cost_usd", BigDecimal.class), row.get("priced", Boolean.class), row.get("latency_ms", Long.class),
                row.get("attempts", Integer.class), row.get("error", String.class), Rows.instant(row, "created_at"));
    }
}
