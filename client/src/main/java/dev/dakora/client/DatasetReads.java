package dev.dakora.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import tools.jackson.core.type.TypeReference;

/**
 * How {@link Datasets} reads datasets: one dataset's summary, and pages of the datasets, of a dataset's
 * versions and of a version's rows; {@code limit} and {@code cursor} may be null for the server's default
 * page size and the first page.
 */
final class DatasetReads {

    private static final TypeReference<Page<DatasetSummary>> SUMMARIES = new TypeReference<>() { };
    private static final TypeReference<Page<DatasetVersion>> VERSIONS = new TypeReference<>() { };
    private static final int ROWS_PER_PAGE = 1000;

    private final Transport transport;

    DatasetReads(Transport transport) {
        this.transport = transport;
    }

    CompletableFuture<Page<DatasetSummary>> list(Integer limit, String cursor) {
        return transport.json("GET", "/api/datasets" + paging(limit, cursor), null, SUMMARIES);
    }

    CompletableFuture<DatasetSummary> get(String name) {
        return transport.json("GET", Transport.path("/api/datasets/%s", name), null, DatasetSummary.class);
    }

    CompletableFuture<Page<DatasetVersion>> versions(String name, Integer limit, String cursor) {
        return transport.json("GET", Transport.path("/api/datasets/%s/versions", name) + paging(limit, cursor), null,
                VERSIONS);
    }

    CompletableFuture<DatasetRows> rows(String name, String version, Integer limit, String cursor) {
        return transport.json("GET", Transport.path("/api/datasets/%s/versions/%s/rows", name, version) + paging(limit, cursor),
                null, DatasetRows.class);
    }

    /** Every row of a version, following the pages one after the other. */
    List<DatasetRow> allRows(String name, String version) {
        List<DatasetRow> rows = new ArrayList<>();
        String cursor = null;
        do {
            DatasetRows page = Transport.await(rows(name, version, ROWS_PER_PAGE, cursor));
            rows.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return rows;
    }

    private static String paging(Integer limit, String cursor) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("limit", limit == null ? null : String.valueOf(limit));
        params.put("cursor", cursor);
        String query = Transport.query(params);
        return query.isEmpty() ? "" : "?" + query;
    }
}
