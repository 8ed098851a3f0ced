package dev.dakora.gateway.persistence;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
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
    public Mono<DatasetPage> list(int limit, PageCursor cursor) {
        String after = cursor == null ? "" : " AND (d.updated_at, d.name) < (:cursor_at, :cursor_id)";
        var spec = db.sql(SUMMARY + after + " ORDER BY d.updated_at DESC, d.name DESC LIMIT :limit").bind("limit", limit + 1);
        if (cursor != null) {
            spec = spec.bind("cursor_at", cursor.timestamp()).bind("cursor_id", cursor.id());
        }
        return spec.map(DatasetReads::summary).all().collectList().map(rows -> {
            if (rows.size() <= limit) {
                return new DatasetPage(rows, null);
            }
            DatasetSummary last = rows.get(limit - 1);
            return new DatasetPage(rows.subList(0, limit), new PageCursor(Instant.parse(last.updatedAt()), last.name()).encode());
        });
    }

    public Mono<DatasetSummary> find(String name) {
        return db.sql(SUMMARY + " AND d.name = :name").bind("name", name).map(DatasetReads::summary).one();
    }

    /** Versions newest first, from {@code offset}, at most {@code limit + 1} (the extra one says that more exist). */
    public Flux<DatasetVersion> versions(String name, int limit, int offset) {
        return db.sql("""
                        SELECT name, version, row_count, source, template_id, created_at FROM dataset_versions
                         WHERE name = :name ORDER BY version DESC LIMIT :limit OFFSET :offset""")
                .bind("name", name).bind("limit", limit + 1).bind("offset", offset).map(DatasetReads::version).all();
    }

    /** One version; {@code version} null means the latest. */
    public Mono<DatasetVersion> version(String name, Integer version) {
        String which = version == null
                ? "version = (SELECT latest_version FROM datasets WHERE name = :name AND deleted_at IS NULL)"
                : "version = :version";
        var spec = db.sql("SELECT name, version, row_count, source, template_id, created_at FROM dataset_versions"
                + " WHERE name = :name AND " + which).bind("name", name);
        return (version == null ? spec : spec.bind("version", version)).map(DatasetReads::version).one();
    }

    /** Rows numbered after {@code afterRow}, in order, at most {@code limit}. */
    public Flux<StoredDatasetRow> rows(String name, int version, int afterRow, int limit) {
        return db.sql("""
                        SELECT row_number, inputs, expected, metadata FROM dataset_rows
                         WHERE name = :name AND version = :version AND row_number > :after
                         ORDER BY row_number LIMIT :limit""")
                .bind("name", name).bind("version", version).bind("after", afterRow).bind("limit", limit)
                .map(DatasetReads::row).all();
    }

    private static DatasetSummary summary(Readable row) {
        return new DatasetSummary(row.get("name", String.class), String.valueOf(row.get("latest_version", Integer.class)),
                row.get("row_count", Integer.class), Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"));
    }

    static DatasetVersion version(Readable row) {
        return new DatasetVersion(row.get("name", String.class), String.valueOf(row.get("version", Integer.class)),
                row.get("row_count", Integer.class), row.get("source", String.class), row.get("template_id", String.class),
                Rows.instant(row, "created_at"));
    }

    private static StoredDatasetRow row(Readable row) {
        return new StoredDatasetRow(row.get("row_number", Integer.class), object(Rows.json(row, "inputs")),
                row.get("expected", String.class), object(Rows.json(row, "metadata")));
    }

    /** A jsonb object column as its map; the columns read here hold objects (or null). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object json) {
        return (Map<String, Object>) json;
    }
}
