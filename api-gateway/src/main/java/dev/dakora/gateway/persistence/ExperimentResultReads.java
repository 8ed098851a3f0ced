package dev.dakora.gateway.persistence;

import dev.dakora.common.event.EventJson;
import dev.dakora.evaluation.experiment.ScoredResult;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An experiment's scored calls, from the log sink's {@code experiment_results}: as grid cells for the
 * aggregates, as result rows (with the dataset row's inputs and expected output) for the paged grid, and
 * its batches' progress from {@code batches}.
 */
public class ExperimentResultReads {

    private static final int FETCH_SIZE = 500;
    private static final TypeReference<List<ExperimentResult.AssertionOutcome>> ASSERTIONS = new TypeReference<>() {
    };
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

    /**
     * An experiment's scored calls so far.
     *
     * @param lastScoredAt when the latest was scored (ISO-8601 UTC); {@code null} before the first
     */
    public record ScoredTotals(long scoredCalls, long passed, BigDecimal judgeCostUsd, String lastScoredAt) {

        public static final ScoredTotals NONE = new ScoredTotals(0, 0, BigDecimal.ZERO, null);
    }

    /** The log sink's record of one of an experiment's batches. */
    public record BatchProgress(String batchId, String status, int totalCalls, int completedCalls, String completedAt) {
    }

    public Mono<ScoredTotals> totals(String experimentId) {
        return db.sql("SELECT count(*) AS scored, count(*) FILTER (WHERE passed) AS passed,"
                        + " coalesce(sum(judge_cost_usd), 0) AS judge_cost, max(scored_at) AS last_scored"
                        + " FROM experiment_results WHERE experiment_id = :id")
                .bind("id", experimentId)
                .map(row -> new ScoredTotals(row.get("scored", Long.class), row.get("passed", Long.class),
                        row.get("judge_cost", BigDecimal.class), Rows.instant(row, "last_scored")))
                .one();
    }

    /**
     * Result rows after {@code after} in grid order (row, version, model, sample), at most {@code limit},
     * each with its dataset row's inputs and expected output.
     */
    public Flux<ExperimentResult> page(StoredExperiment experiment, ResultPosition after, int limit) {
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
    public Flux<BatchProgress> batches(Collection<String> batchIds) {
        if (batchIds.isEmpty()) {
            return Flux.empty();
        }
        return db.sql("SELECT batch_id, status, total_calls, completed_calls, completed_at FROM batches WHERE batch_id = ANY(:ids)")
                .bind("ids", batchIds.toArray(String[]::new))
                .map(row -> new BatchProgress(row.get("batch_id", String.class), row.get("status", String.class),
                        row.get("total_calls", Integer.class), row.get("completed_calls", Integer.class),
                        Rows.instant(row, "completed_at")))
                .all();
    }

    @SuppressWarnings("unchecked")
    private static ExperimentResult result(Readable row) {
        Json assertions = row.get("assertions", Json.class);
        return new ExperimentResult(row.get("dataset_row", Integer.class), row.get("version", String.class),
                row.get("model", String.class), row.get("sample", Integer.class), row.get("call_id", String.class),
                row.get("succeeded", Boolean.class), row.get("passed", Boolean.class), row.get("score", Double.class),
                row.get("output", String.class), row.get("error", String.class), row.get("latency_ms", Long.class),
                row.get("tokens_in", Long.class), row.get("tokens_out", Long.class), row.get("cost_usd", BigDecimal.class),
                row.get("judge_cost_usd", BigDecimal.class), (Map<String, Object>) Rows.json(row, "inputs"),
                row.get("expected", String.class),
                assertions == null ? List.of() : EventJson.mapper().readValue(assertions.asArray(), ASSERTIONS));
    }
}
