package dev.dakora.gateway.persistence;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    public Mono<Page> list(Filter filter, int limit, PageCursor cursor) {
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
                .map(rows -> Page.of(rows, limit, row -> PageCursor.after((String) row.get("created_at"), (String) row.get("call_id"))));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The calls of one job so far, as {@code call.completed} event fields, oldest first. */
    public Flux<Map<String, Object>> callsOfJob(String jobId) {
        return db.sql("SELECT * FROM executions WHERE job_id = :job ORDER BY created_at, call_id").bind("job", jobId)
                .map(ExecutionReads::call).all();
    }

    static Map<String, Object> execution(Readable row) {
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("call_id", row.get("call_id", String.class));
        log.put("prompt_id", row.get("prompt_id", String.class));
        log.put("version", row.get("version", String.class));
        log.put("inputs_json", Rows.json(row, "inputs_json"));
        log.put("output_text", row.get("output_text", String.class));
        log.put("provider", row.get("provider", String.class));
        log.put("model", row.get("model", String.class));
        log.put("tokens_in", row.get("tokens_in", Long.class));
        log.put("tokens_out", row.get("tokens_out", Long.class));
        log.put("cost_usd", row.get("cost_usd", BigDecimal.class));
        log.put("latency_ms", row.get("latency_ms", Long.class));
        log.put("created_at", Rows.instant(row, "created_at"));
        log.put("job_id", row.get("job_id", String.class));
        log.put("batch_id", row.get("batch_id", String.class));
        log.put("status", row.get("status", String.class));
        log.put("error", row.get("error", String.class));
        log.put("attempts", row.get("attempts", Integer.class));
        log.put("cached", row.get("cached", Boolean.class));
        return log;
    }

    /** The fields of a {@code ModelCallCompleted}, named as on the topic. */
    private static Map<String, Object> call(Readable row) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("call_id", row.get("call_id", String.class));
        call.put("job_id", row.get("job_id", String.class));
        call.put("batch_id", row.get("batch_id", String.class));
        call.put("row_index", row.get("row_index", Integer.class));
        call.put("template_id", row.get("prompt_id", String.class));
        call.put("version", row.get("version", String.class));
        call.put("model", row.get("model", String.class));
        call.put("provider", row.get("provider", String.class));
        call.put("status", row.get("status", String.class));
        call.put("output", row.get("output_text", String.class));
        call.put("tokens_in", row.get("tokens_in", Long.class));
        call.put("tokens_out", row.get("tokens_out", Long.class));
        call.put("cost_usd", row.get("cost_usd", BigDecimal.class));
        call.put("priced", row.get("priced", Boolean.class));
        call.put("latency_ms", row.get("latency_ms", Long.class));
        call.put("error", row.get("error", String.class));
        call.put("attempts", row.get("attempts", Integer.class));
        call.put("cached", row.get("cached", Boolean.class));
        call.put("inputs", Rows.json(row, "inputs_json"));
        call.put("completed_at", Rows.instant(row, "created_at"));
        return call;
    }
}
