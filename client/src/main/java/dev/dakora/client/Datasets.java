package dev.dakora.client;

import tools.jackson.core.type.TypeReference;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Datasets ({@code /api/datasets}): named sets of rows in immutable versions. Every upload stores the
 * next version (1, 2, ...); the first creates the dataset. {@code version} arguments take a number or
 * {@code "latest"}.
 */
public final class Datasets {

    private final Transport transport;

    Datasets(Transport transport) {
        this.transport = transport;
    }

    /** Uploads a file as the next version: {@code .csv}, {@code .jsonl}/{@code .ndjson} or {@code .json}. */
    public DatasetVersion upload(String name, Path file) {
        return Transport.await(uploadAsync(name, file, null));
    }

    /** As {@link #upload(String, Path)}, each row's inputs checked against the template (422 otherwise). */
    public DatasetVersion upload(String name, Path file, String templateId) {
        return Transport.await(uploadAsync(name, file, templateId));
    }

    public CompletableFuture<DatasetVersion> uploadAsync(String name, Path file, String templateId) {
        String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String contentType = fileName.endsWith(".csv") ? "text/csv"
                : fileName.endsWith(".jsonl") || fileName.endsWith(".ndjson") ? "application/x-ndjson"
                : fileName.endsWith(".json") ? Transport.JSON : null;
        if (contentType == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "a dataset file must end in .csv, .jsonl, .ndjson or .json: " + file));
        }
        HttpRequest.BodyPublisher body;
        try {
            body = HttpRequest.BodyPublishers.ofFile(file);
        } catch (FileNotFoundException e) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("no dataset file at " + file, e));
        }
        return transport.send("POST", versionsPath(name, templateId), body, contentType, Map.of())
                .thenApply(text -> Json.MAPPER.readValue(text, DatasetVersion.class));
    }

    /** Stores the rows as the next version (sent as a JSON array of row objects). */
    public DatasetVersion create(String name, List<DatasetRow> rows) {
        return Transport.await(createAsync(name, rows, null));
    }

    public DatasetVersion create(String name, List<DatasetRow> rows, String templateId) {
        return Transport.await(createAsync(name, rows, templateId));
    }

    public CompletableFuture<DatasetVersion> createAsync(String name, List<DatasetRow> rows, String templateId) {
        List<Map<String, Object>> body = new ArrayList<>(rows.size());
        for (DatasetRow row : rows) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("inputs", row.inputs());
            if (row.expected() != null) {
                item.put("expected", row.expected());
            }
            if (!row.metadata().isEmpty()) {
                item.put("metadata", row.metadata());
            }
            body.add(item);
        }
        return transport.json("POST", versionsPath(name, templateId), body, DatasetVersion.class);
    }

    /** The next version from a completed batch's rows; {@code expectedModel} (or null) supplies the expected outputs. */
    public DatasetVersion fromBatch(String name, String batchId, String expectedModel) {
        return Transport.await(fromBatchAsync(name, batchId, expectedModel));
    }

    public CompletableFuture<DatasetVersion> fromBatchAsync(String name, String batchId, String expectedModel) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("batch_id", batchId);
        body.put("expected_model", expectedModel);
        return transport.json("POST", Transport.path("/api/datasets/%s/versions/from-batch", name), body, DatasetVersion.class);
    }

    /** The first page of datasets, newest first. */
    public Page<DatasetSummary> list() {
        return Transport.await(listAsync(null, null));
    }

    /** A page of datasets, newest first; {@code limit} and {@code cursor} may be null. */
    public Page<DatasetSummary> list(Integer limit, String cursor) {
        return Transport.await(listAsync(limit, cursor));
    }

    public CompletableFuture<Page<DatasetSummary>> listAsync(Integer limit, String cursor) {
        return transport.json("GET", "/api/datasets" + paging(limit, cursor), null, new TypeReference<Page<DatasetSummary>>() { });
    }

    public DatasetSummary get(String name) {
        return Transport.await(transport.json("GET", Transport.path("/api/datasets/%s", name), null, DatasetSummary.class));
    }

    /** The first page of a dataset's versions, newest first. */
    public Page<DatasetVersion> versions(String name) {
        return Transport.await(versionsAsync(name, null, null));
    }

    public CompletableFuture<Page<DatasetVersion>> versionsAsync(String name, Integer limit, String cursor) {
        return transport.json("GET", Transport.path("/api/datasets/%s/versions", name) + paging(limit, cursor), null,
                new TypeReference<Page<DatasetVersion>>() { });
    }

    /** One page of a version's rows; {@code cursor} null for the first. */
    public DatasetRows rows(String name, String version, Integer limit, String cursor) {
        return Transport.await(rowsAsync(name, version, limit, cursor));
    }

    public CompletableFuture<DatasetRows> rowsAsync(String name, String version, Integer limit, String cursor) {
        return transport.json("GET", Transport.path("/api/datasets/%s/versions/%s/rows", name, version) + paging(limit, cursor),
                null, DatasetRows.class);
    }

    /** Every row of a version, following the pages. */
    public List<DatasetRow> allRows(String name, String version) {
        List<DatasetRow> rows = new ArrayList<>();
        String cursor = null;
        do {
            DatasetRows page = rows(name, version, 1000, cursor);
            rows.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return rows;
    }

    /** Deletes every version; a dataset made again under the name numbers its versions after the deleted ones. */
    public void delete(String name) {
        Transport.await(transport.json("DELETE", Transport.path("/api/datasets/%s", name), null, Map.of()));
    }

    private static String versionsPath(String name, String templateId) {
        return Transport.path("/api/datasets/%s/versions", name)
                + (templateId == null ? "" : "?" + Transport.query(Map.of("template_id", templateId)));
    }

    private static String paging(Integer limit, String cursor) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("limit", limit == null ? null : String.valueOf(limit));
        params.put("cursor", cursor);
        String query = Transport.query(params);
        return query.isEmpty() ? "" : "?" + query;
    }
}
