package dev.dakora.gateway.persistence;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Batches: progress counters from the log sink's {@code batches} (or a queued batch the sink has not
 * seen yet, from the gateway's {@code batch_submissions}), and results from {@code executions}.
 */
public class BatchReads {

    /** Rows fetched per round trip while results stream, so a large batch is never held in memory. */
    private static final int FETCH_SIZE = 500;

    /** Every batch: the sink's, and the gateway's own submissions the sink has not seen yet (as queued). */
    private static final String ALL_BATCHES = """
            SELECT batch_id, name, template_id, version, models, status, total_jobs, completed_jobs, failed_jobs, total_calls,
                   completed_calls, total_cost_usd, total_tokens_in, total_tokens_out, created_at, completed_at,
                   (SELECT l.lane FROM batch_submissions l WHERE l.batch_id = batches.batch_id) AS lane
              FROM batches
            UNION ALL
            SELECT batch_id, name, template_id, version, models, 'queued', total_jobs, 0, 0, total_calls, 0, 0, 0, 0,
                   created_at, NULL, lane
              FROM batch_submissions s
             WHERE NOT EXISTS (SELECT 1 FROM batches b WHERE b.batch_id = s.batch_id)""";

    /** Filters of {@code GET /api/batches}; {@code null} fields do not filter; {@code until} is exclusive. */
    public record Filter(String templateId, String status, Instant since, Instant until) {
    }

    private final DatabaseClient db;

    public BatchReads(DatabaseClient db) {
        this.db = db;
    }

    public Mono<BatchView> find(String batchId) {
        return db.sql("SELECT * FROM (" + ALL_BATCHES + ") a WHERE batch_id = :batch").bind("batch", batchId)
                .map(BatchReads::batch).first();
    }

    /** A page of batches, newest first. */
    public Mono<Page<BatchView>> list(Filter filter, int limit, PageCursor cursor) {
        Query query = new Query()
                .where("template_id = :template", "template", filter.templateId())
                .where("status = :status", "status", filter.status())
                .where("created_at >= :since", "since", utc(filter.since()))
                .where("created_at < :until", "until", utc(filter.until()))
                .after(cursor, "batch_id");
        String sql = "SELECT * FROM (" + ALL_BATCHES + ") a" + query.whereClause()
                + " ORDER BY created_at DESC, batch_id DESC LIMIT " + (limit + 1);
        return query.bindTo(db.sql(sql)).map(BatchReads::batch).all().collectList()
                .map(rows -> Page.of(rows, limit, batch -> PageCursor.after(batch.createdAt(), batch.batchId())));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** One row per (input row, model), by row then model order of completion. */
    public Flux<BatchResultRow> results(String batchId) {
        return db.sql("""
                        SELECT row_index, inputs_json, model, provider, output_text, tokens_in, tokens_out, cost_usd,
                               latency_ms, error, call_id FROM executions WHERE batch_id = :batch ORDER BY row_index, created_at, call_id""")
                .bind("batch", batchId)
                .filter(statement -> statement.fetchSize(FETCH_SIZE))
                .map(BatchReads::result).all();
    }

    static BatchView batch(Readable row) {
        BatchLaneView lane = BatchLaneView.of(row.get("lane", String.class), row.get("created_at", OffsetDateTime.class));
        return new BatchView(row.get("batch_id", String.class), row.get("name", String.class),
                row.get("template_id", String.class), row.get("version", String.class), Rows.strings(row, "models"),
                row.get("status", String.class), row.get("total_jobs", Integer.class), row.get("completed_jobs", Integer.class),
                row.get("failed_jobs", Integer.class), row.get("total_calls", Integer.class),
                row.get("completed_calls", Integer.class), row.get("total_cost_usd", BigDecimal.class),
                row.get("total_tokens_in", Long.class), row.get("total_tokens_out", Long.class),
                Rows.instant(row, "created_at"), Rows.instant(row, "completed_at"), lane.lane(), lane.expectedCompletionBy(),
                null, null);
    }

    private static BatchResultRow result(Readable row) {
        return new BatchResultRow(row.get("row_index", Integer.class), Rows.object(row, "inputs_json"),
                row.get("model", String.class), row.get("provider", String.class), row.get("output_text", String.class),
                row.get("tokens_in", Long.class), row.get("tokens_out", Long.class), row.get("cost_usd", BigDecimal.class),
                row.get("latency_ms", Long.class), row.get("error", String.class), row.get("call_id", String.class));
    }
}
