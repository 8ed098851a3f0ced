package dev.dakora.gateway.persistence;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The execution log ({@code executions}): one row per model call, newest first. */
public class ExecutionReads {

    /** The call statuses the log holds, as {@code status} filters. */
    public static final List<String> STATUSES = List.of("succeeded", "failed", "cancelled");

    /** Filters of {@code GET /api/executions}; {@code null} fields do not filter; {@code until} is exclusive. */
    public record Filter(String templateId, String model, String jobId, String batchId, String status, Instant since,
                         Instant until) {
    }

    private final DatabaseClient db;

    public ExecutionReads(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Page<ExecutionView>> list(Filter filter, int limit, PageCursor cursor) {
        Query query = new Query()
                .where("prompt_id = :template", "template", filter.templateId())
                .where("model = :model", "model", filter.model())
                .where("job_id = :job", "job", filter.jobId())
                .where("batch_id = :batch", "batch", filter.batchId())
                .where("status = :status", "status", filter.status())
                .where("created_at >= :since", "since", utc(filter.since()))
                .where("created_at < :until", "until", utc(filter.until()))
                .after(cursor, "call_id");
        String sql = "SELECT * FROM executions" + query.whereClause()
                + " ORDER BY created_at DESC, call_id DESC LIMIT " + (limit + 1);
        return query.bindTo(db.sql(sql)).map(ExecutionReads::execution).all().collectList()
                .map(rows -> Page.of(rows, limit, row -> PageCursor.after(row.createdAt(), row.callId())));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The calls of one job so far, oldest first. */
    public Flux<LoggedCall> callsOfJob(String jobId) {
        return db.sql("SELECT * FROM executions WHERE job_id = :job ORDER BY created_at, call_id").bind("job", jobId)
                .map(ExecutionReads::call).all();
    }

    static ExecutionView execution(Readable row) {
        return new ExecutionView(row.get("call_id", String.class), row.get("prompt_id", String.class),
                row.get("version", String.class), Rows.json(row, "inputs_json"), row.get("output_text", String.class),
                row.get("provider", String.class), row.get("model", String.class), row.get("tokens_in", Long.class),
                row.get("tokens_out", Long.class), row.get("cost_usd", BigDecimal.class), row.get("latency_ms", Long.class),
                Rows.instant(row, "created_at"), row.get("job_id", String.class), row.get("batch_id", String.class),
                row.get("status", String.class), row.get("error", String.class), row.get("attempts", Integer.class),
                row.get("cached", Boolean.class));
    }

    private static LoggedCall call(Readable row) {
        return new LoggedCall(row.get("call_id", String.class), row.get("job_id", String.class),
                row.get("batch_id", String.class), row.get("row_index", Integer.class), row.get("prompt_id", String.class),
                row.get("version", String.class), row.get("model", String.class), row.get("provider", String.class),
                row.get("status", String.class), row.get("output_text", String.class), row.get("tokens_in", Long.class),
                row.get("tokens_out", Long.class), row.get("cost_usd", BigDecimal.class), row.get("priced", Boolean.class),
                row.get("latency_ms", Long.class), row.get("error", String.class), row.get("attempts", Integer.class),
                row.get("cached", Boolean.class), Rows.json(row, "inputs_json"), Rows.instant(row, "created_at"));
    }
}
