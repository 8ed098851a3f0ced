package dev.dakora.gateway.persistence;

import dev.dakora.common.event.EventJson;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Writes datasets. A version and its rows are written by one statement, so a version is stored whole
 * or not at all, and the next version number is taken under the dataset row's lock, so concurrent
 * uploads of one name get distinct numbers. Nothing here updates a stored version.
 */
public class DatasetWrites {

    private static final String CREATE = """
            WITH ds AS (
                INSERT INTO datasets AS d (name, latest_version, created_at, updated_at) VALUES (:name, 1, now(), now())
                ON CONFLICT (name) DO UPDATE SET latest_version = d.latest_version + 1, updated_at = now(), deleted_at = NULL,
                    created_at = CASE WHEN d.deleted_at IS NULL THEN d.created_at ELSE now() END
                RETURNING latest_version),
            v AS (
                INSERT INTO dataset_versions (name, version, row_count, source, template_id, created_at)
                SELECT :name, latest_version, :count, :source, :template, now() FROM ds
                RETURNING version, row_count, source, template_id, created_at),
            r AS (
                INSERT INTO dataset_rows (name, version, row_number, inputs, expected, metadata)
                SELECT :name, v.version, (e.value->>'row')::integer, e.value->'inputs', e.value->>'expected',
                       e.value->'metadata'
                  FROM v, jsonb_array_elements(CAST(:rows AS jsonb)) e)
            SELECT :name AS name, version, row_count, source, template_id, created_at FROM v""";

    private final DatabaseClient db;

    public DatasetWrites(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Stores the next version of {@code name} (the first creates the dataset).
     *
     * @param rowsJson the rows as {@link #rowsJson} writes them, numbered from 1
     */
    public Mono<DatasetVersion> create(String name, String source, String templateId, int rowCount, String rowsJson) {
        var spec = db.sql(CREATE).bind("name", name).bind("count", rowCount).bind("source", source).bind("rows", rowsJson);
        spec = templateId == null ? spec.bindNull("template", String.class) : spec.bind("template", templateId);
        return spec.map(DatasetReads::version).one();
    }

    /** Drops every version and row; the name's numbering goes on if it is created again. False when unknown. */
    public Mono<Boolean> delete(String name) {
        return db.sql("""
                        WITH gone AS (DELETE FROM dataset_versions WHERE name = :name)
                        UPDATE datasets SET deleted_at = now() WHERE name = :name AND deleted_at IS NULL""")
                .bind("name", name).fetch().rowsUpdated().map(count -> count > 0);
    }

    /** The rows as the JSON array {@link #create} stores. */
    public static String rowsJson(List<StoredDatasetRow> rows) {
        return EventJson.mapper().writeValueAsString(rows);
    }
}
