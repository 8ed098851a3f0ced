package dev.dakora.gateway.persistence;

import dev.dakora.evaluation.experiment.ScoredResult;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment's scored calls, from the log sink's {@code experiment_results}: as grid cells for the
 * aggregates, as result rows (with the dataset row's inputs and expected output) for the paged grid, and
 * its batches' progress from {@code batches}.
 */
public class ExperimentResultReads {

    private static final int FETCH_SIZE = 500;
    private static final String ORDER = "r.dataset_row, r.version COLLATE \"C\", r.model COLLATE \"C\", r.sample";

    private final DatabaseClient db;

    public ExperimentResultReads(DatabaseClient db) {
        this.db = db;
    }

    /** Every scored call of the experiment as a grid cell, in grid order. */
    public Flux<ScoredResult> cells(String experimentId) {
        return db.sql("SELECT dataset_row, version, model, sample, passed, score, latency_ms, cost_usd, priced, judge_cost_usd,"
                        + " succeeded FROM experiment_results r WHERE experiment_id = :id ORDER BY " + ORDER)
                .bind("id", experimentId)
                .filter(statement -> statement.fetchSize(FETCH_SIZE))
                .map(row -> new ScoredResult(row.get("dataset_row", Integer.class), row.get("version", String.class),
                        row.get("model", String.class), row.get("sample", Integer.class), row.get("passed", Boolean.class),
                        row.get("score", Double.class), row.get("latency_ms", Long.class),
                        Boolean.TRUE.equals(row.get("priced", Boolean.class)) ? row.get("cost_usd", BigDecimal.class) : null,
                        row.get("judge_cost_usd", BigDecimal.class), row.get("succeeded", Boolean.class)))
                .all();
    }

    /** The scored calls so far: {@code scored_calls}, {@code passed}, {@code judge_cost_usd}, {@code last_scored_at}. */
    public Mono<Map<String, Object>> totals(String experimentId) {
        return db.sql("SELECT count(*) AS scored, count(*) FILTER (WHERE passed) AS passed,"
                        + " coalesce(sum(judge_cost_usd), 0) AS judge_cost, max(scored_at) AS last_scored"
                        + " FROM experiment_results WHERE experiment_id = :id")
                .bind("id", experimentId)
                .map(row -> {
                    Map<String, Object> totals = new LinkedHashMap<>();
                    totals.put("scored_calls", row.get("scored", Long.class));
                    totals.put("passed", row.get("passed", Long.class));
                    totals.put("judge_cost_usd", row.get("judge_cost", BigDecimal.class));
                    totals.put("last_scored_at", Rows.instant(row, "last_scored"));
                    return totals;
                }).one();
    }

    /**
     * Result rows after {@code after} in grid order (row, version, model, sample), at most {@code limit},
     * each with its dataset row's inputs and expected output.
     */
    public Flux<Map<String, Object>> page(StoredExperiment experiment, ResultPosition after, int limit) {
        String where = after == null ? "" : " AND (r.dataset_row, r.version COLLATE \"C\", r.model COLLATE \"C\", r.sample)"
                + " > (:row, :version COLLATE \"C\", :model COLLATE \"C\", :sample)";
        var spec = db.sql("""
                        SELECT r.dataset_row, r.version, r.model, r.sample, r.call_id, r.succeeded, r.passed, r.score, r.output,
                               r.error, r.latency_ms, r.tokens_in, r.tokens_out, r.cost_usd, r.judge_cost_usd, r.assertions,
                               d.inputs, d.expected
                          FROM experiment_results r
                          LEFT JOIN dataset_rows d ON d.name = :dataset AND d.version = :dataset_version AND d.row_number = r.dataset_row
                         WHERE r.experiment_id = :id""" + where + " ORDER BY " + ORDER + " LIMIT " + limit)
                .bind("id", experiment.experimentId())
                .bind("dataset", experiment.datasetName())
                .bind("dataset_version", experiment.datasetVersion());
        if (after != null) {
            spec = spec.bind("row", after.row()).bind("version", after.version()).bind("model", after.model())
                    .bind("sample", after.sample());
        }
        return spec.map(ExperimentResultReads::result).all();
    }

    /** The sink's record of each of these batches (absent for a batch it has not seen yet). */
    public Flux<Map<String, Object>> batches(Collection<String> batchIds) {
        if (batchIds.isEmpty()) {
            return Flux.empty();
        }
        return db.sql("SELECT batch_id, status, total_jobs, completed_jobs, failed_jobs, total_calls, completed_calls, completed_at"
                        + " FROM batches WHERE batch_id = ANY(:ids)")
                .bind("ids", batchIds.toArray(String[]::new))
                .map(row -> {
                    Map<String, Object> batch = new LinkedHashMap<>();
                    batch.put("batch_id", row.get("batch_id", String.class));
                    batch.put("status", row.get("status", String.class));
                    batch.put("total_jobs", row.get("total_jobs", Integer.class));
                    batch.put("completed_jobs", row.get("completed_jobs", Integer.class));
                    batch.put("failed_jobs", row.get("failed_jobs", Integer.class));
                    batch.put("total_calls", row.get("total_calls", Integer.class));
                    batch.put("completed_calls", row.get("completed_calls", Integer.class));
                    batch.put("completed_at", Rows.instant(row, "completed_at"));
                    return batch;
                }).all();
    }

    private static Map<String, Object> result(Readable row) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("row", row.get("dataset_row", Integer.class));
        result.put("version", row.get("version", String.class));
        result.put("model", row.get("model", String.class));
        result.put("sample", row.get("sample", Integer.class));
        result.put("call_id", row.get("call_id", String.class));
        result.put("succeeded", row.get("succeeded", Boolean.class));
        result.put("passed", row.get("passed", Boolean.class));
        result.put("score", row.get("score", Double.class));
        result.put("output", row.get("output", String.class));
        result.put("error", row.get("error", String.class));
        result.put("latency_ms", row.get("latency_ms", Long.class));
        result.put("tokens_in", row.get("tokens_in", Long.class));
        result.put("tokens_out", row.get("tokens_out", Long.class));
        result.put("cost_usd", row.get("cost_usd", BigDecimal.class));
        result.put("judge_cost_usd", row.get("judge_cost_usd", BigDecimal.class));
        result.put("inputs", Rows.json(row, "inputs"));
        result.put("expected", row.get("expected", String.class));
        Object assertions = Rows.json(row, "assertions");
        result.put("assertions", assertions == null ? List.of() : assertions);
        return result;
    }
}
