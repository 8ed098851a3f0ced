package dev.dakora.gateway.persistence;

import dev.dakora.common.event.EventJson;
import io.r2dbc.spi.Readable;
import io.r2dbc.postgresql.codec.Json;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** The gateway's {@code experiments} table: written once when an experiment is accepted, then only read. */
public class ExperimentStore {

    private static final String COLUMNS = "experiment_id, name, template_id, spec, dataset_name, dataset_version, batches,"
            + " total_rows, total_calls, created_at";

    private final DatabaseClient db;

    public ExperimentStore(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Void> insert(StoredExperiment experiment) {
        return db.sql("INSERT INTO experiments (" + COLUMNS + ") VALUES (:id, :name, :template, CAST(:spec AS jsonb), "
                        + ":dataset, :dataset_version, CAST(:batches AS jsonb), :rows, :calls, :created)")
                .bind("id", experiment.experimentId())
                .bind("name", experiment.name())
                .bind("template", experiment.templateId())
                .bind("spec", EventJson.writeString(experiment.spec()))
                .bind("dataset", experiment.datasetName())
                .bind("dataset_version", experiment.datasetVersion())
                .bind("batches", EventJson.writeString(experiment.batches()))
                .bind("rows", experiment.totalRows())
                .bind("calls", experiment.totalCalls())
                .bind("created", OffsetDateTime.ofInstant(experiment.createdAt(), ZoneOffset.UTC))
                .then();
    }

    public Mono<Void> delete(String experimentId) {
        return db.sql("DELETE FROM experiments WHERE experiment_id = :id").bind("id", experimentId).then();
    }

    public Mono<StoredExperiment> find(String experimentId) {
        return db.sql("SELECT " + COLUMNS + " FROM experiments WHERE experiment_id = :id").bind("id", experimentId)
                .map(ExperimentStore::experiment).one();
    }

    /** A page of experiments, newest first, of one template or of all ({@code templateId} null). */
    public Mono<ExperimentPage> list(String templateId, int limit, PageCursor cursor) {
        Query query = new Query().where("template_id = :template", "template", templateId).after(cursor, "experiment_id");
        String sql = "SELECT " + COLUMNS + " FROM experiments" + query.whereClause()
                + " ORDER BY created_at DESC, experiment_id DESC LIMIT " + (limit + 1);
        return query.bindTo(db.sql(sql)).map(ExperimentStore::experiment).all().collectList().map(rows -> rows.size() <= limit
                ? new ExperimentPage(rows, null)
                : new ExperimentPage(rows.subList(0, limit),
                        new PageCursor(rows.get(limit - 1).createdAt(), rows.get(limit - 1).experimentId()).encode()));
    }

    private static StoredExperiment experiment(Readable row) {
        OffsetDateTime created = row.get("created_at", OffsetDateTime.class);
        return new StoredExperiment(row.get("experiment_id", String.class), row.get("name", String.class),
                row.get("template_id", String.class), read(row, "spec", new TypeReference<LinkedHashMap<String, Object>>() {
                }), row.get("dataset_name", String.class), row.get("dataset_version", Integer.class),
                read(row, "batches", new TypeReference<LinkedHashMap<String, String>>() {
                }), row.get("total_rows", Integer.class), row.get("total_calls", Long.class),
                created == null ? Instant.EPOCH : created.toInstant());
    }

    private static <T> T read(Readable row, String column, TypeReference<T> type) {
        return EventJson.mapper().readValue(row.get(column, Json.class).asArray(), type);
    }
}
