package dev.dakora.gateway.persistence;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads datasets: the list (newest first), one dataset's versions (newest first) and a version's rows. */
public class DatasetReads {

    private static final String SUMMARY = """
            SELECT d.name, d.latest_version, d.created_at, d.updated_at, v.row_count
              FROM datasets d JOIN dataset_versions v ON v.name = d.name AND v.version = d.latest_version
             WHERE d.deleted_at IS NULL""";

    private final DatabaseClient db;

    public DatasetReads(DatabaseClient db) {
        this.db = db;
    }

    /** A page of datasets by the time of their latest version, newest first, each with that version's row count. */
    public Mono<Page<Map<String, Object>>> list(int limit, PageCursor cursor) {
        String after = cursor == null ? "" : " AND (d.updated_at, d.name) < (:cursor_at, :cursor_id)";
        var spec = db.sql(SUMMARY + after + " ORDER BY d.updated_at DESC, d.name DESC LIMIT :limit").bind("limit", limit + 1);
        if (cursor != null) {
            spec = spec.bind("cursor_at", cursor.timestamp()).bind("cursor_id", cursor.id());
        }
        return spec.map(DatasetReads::summary).all().collectList().map(rows -> Page.of(rows, limit,
                item -> new PageCursor(Instant.parse((String) item.get("updated_at")), (String) item.get("name"))));
    }

    public Mono<Map<String, Object>> find(String name) {
        return db.sql(SUMMARY + " AND d.name = :name").bind("name", name).map(DatasetReads::summary).one();
    }

    /** Versions newest first, from {@code offset}, at most {@code limit + 1} (the extra one says that more exist). */
    public Flux<Map<String, Object>> versions(String name, int limit, int offset) {
        return db.sql("""
                        SELECT name, version, row_count, source, template_id, created_at FROM dataset_versions
                         WHERE name = :name ORDER BY version DESC LIMIT :limit OFFSET :offset""")
                .bind("name", name).bind("limit", limit + 1).bind("offset", offset).map(DatasetReads::version).all();
    }

    /** One version; {@code version} null means the latest. */
    public Mono<Map<String, Object>> version(String name, Integer version) {
        String which = version == null
                ? "version = (SELECT latest_version FROM datasets WHERE name = :name AND deleted_at IS NULL)"
                : "version = :version";
        var spec = db.sql("SELECT name, version, row_count, source, template_id, created_at FROM dataset_versions"
                + " WHERE name = :name AND " + which).bind("name", name);
        return (version == null ? spec : spec.bind("version", version)).map(DatasetReads::version).one();
    }

    /** Rows numbered after {@code afterRow}, in order, at most {@code limit}. */
    public Flux<Map<String, Object>> rows(String name, int version, int afterRow, int limit) {
        return db.sql("""
                        SELECT row_number, inputs, expected, metadata FROM dataset_rows
                         WHERE name = :name AND version = :version AND row_number > :after
                         ORDER BY row_number LIMIT :limit""")
                .bind("name", name).bind("version", version).bind("after", afterRow).bind("limit", limit)
                .map(DatasetReads::row).all();
    }

    private static Map<String, Object> summary(Readable row) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("name", row.get("name", String.class));
        dataset.put("latest_version", String.valueOf(row.get("latest_version", Integer.class)));
        dataset.put("row_count", row.get("row_count", Integer.class));
        dataset.put("created_at", Rows.instant(row, "created_at"));
        dataset.put("updated_at", Rows.instant(row, "updated_at"));
        return dataset;
    }

    static Map<String, Object> version(Readable row) {
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("name", row.get("name", String.class));
        version.put("version", String.valueOf(row.get("version", Integer.class)));
        version.put("row_count", row.get("row_count", Integer.class));
        version.put("source", row.get("source", String.class));
        version.put("template_id", row.get("template_id", String.class));
        version.put("created_at", Rows.instant(row, "created_at"));
        return version;
    }

    private static Map<String, Object> row(Readable row) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("row", row.get("row_number", Integer.class));
        item.put("inputs", Rows.json(row, "inputs"));
        item.put("expected", row.get("expected", String.class));
        item.put("metadata", Rows.json(row, "metadata"));
        return item;
    }
}
