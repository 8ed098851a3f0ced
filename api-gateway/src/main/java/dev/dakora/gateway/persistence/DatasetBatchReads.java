package dev.dakora.gateway.persistence;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/** What a dataset version made from a batch reads: the batch's state (log sink's {@code batches}) and its rows. */
public class DatasetBatchReads {

    /** A batch's status, models and number of input rows. */
    public record BatchState(String status, List<String> models, int totalJobs) {
    }

    /**
     * One input row of a batch with results.
     *
     * @param inputs   the inputs its first call logged
     * @param expected the chosen model's latest succeeded output for the row, else {@code null}
     */
    public record BatchRow(int rowIndex, Map<String, Object> inputs, String expected) {
    }

    private final DatabaseClient db;

    public DatasetBatchReads(DatabaseClient db) {
        this.db = db;
    }

    @SuppressWarnings("unchecked")
    public Mono<BatchState> state(String batchId) {
        return db.sql("SELECT status, models, total_jobs FROM batches WHERE batch_id = :batch").bind("batch", batchId)
                .map(row -> {
                    Object models = Rows.json(row, "models");
                    return new BatchState(row.get("status", String.class),
                            models instanceof List<?> list ? (List<String>) list : List.of(), row.get("total_jobs", Integer.class));
                }).one();
    }

    /**
     * One row per input row of the batch that has results, by {@code row_index}: the inputs of its first
     * call, and {@code expected} the latest succeeded output of {@code expectedModel} for that row (null
     * without a model, or when that model's call failed).
     */
    public Flux<BatchRow> rows(String batchId, String expectedModel) {
        var spec = db.sql("""
                        SELECT e.row_index, e.inputs_json, x.output_text
                          FROM (SELECT DISTINCT ON (row_index) row_index, inputs_json FROM executions
                                 WHERE batch_id = :batch AND row_index IS NOT NULL ORDER BY row_index, created_at, call_id) e
                          LEFT JOIN LATERAL (SELECT output_text FROM executions
                                              WHERE batch_id = :batch AND row_index = e.row_index AND model = :model
                                                AND status = 'succeeded'
                                              ORDER BY created_at DESC LIMIT 1) x ON true
                         ORDER BY e.row_index""").bind("batch", batchId);
        spec = expectedModel == null ? spec.bindNull("model", String.class) : spec.bind("model", expectedModel);
        return spec.map(DatasetBatchReads::row).all();
    }

    @SuppressWarnings("unchecked")
    private static BatchRow row(Readable row) {
        Object inputs = Rows.json(row, "inputs_json");
        return new BatchRow(row.get("row_index", Integer.class), inputs instanceof Map<?, ?> map ? (Map<String, Object>) map : null,
                row.get("output_text", String.class));
    }
}
