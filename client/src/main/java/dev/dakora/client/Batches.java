package dev.dakora.client;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import tools.jackson.core.type.TypeReference;

/**
 * Comparisons over many input rows ({@code /api/batches}): check, estimate or submit rows or a file, list the
 * history, follow progress, read results.
 */
public final class Batches {

    private static final TypeReference<List<BatchResultRow>> ROWS = new TypeReference<>() { };
    private static final TypeReference<Page<Batch>> PAGE = new TypeReference<>() { };

    private final Transport transport;

    Batches(Transport transport) {
        this.transport = transport;
    }

    public BatchAccepted submit(BatchRequest request) {
        return Transport.await(submitAsync(request));
    }

    public CompletableFuture<BatchAccepted> submitAsync(BatchRequest request) {
        return transport.json("POST", "/api/batches", request, BatchAccepted.class);
    }

    /** Uploads a file of input rows: {@code .csv} as CSV, {@code .jsonl} or {@code .ndjson} as JSON Lines. */
    public BatchAccepted submit(Path rows, BatchUpload upload) {
        return Transport.await(submitAsync(rows, upload));
    }

    public CompletableFuture<BatchAccepted> submitAsync(Path rows, BatchUpload upload) {
        return upload(rows, upload.query(), BatchAccepted.class);
    }

    /** Checks rows as {@link #submit(BatchRequest)} would, and submits nothing; {@code models} may be empty. */
    public BatchCheck check(BatchRequest request) {
        return Transport.await(checkAsync(request));
    }

    public CompletableFuture<BatchCheck> checkAsync(BatchRequest request) {
        return transport.json("POST", "/api/batches?dry_run=true", request, BatchCheck.class);
    }

    /** Checks a file of input rows as {@link #submit(Path, BatchUpload)} would, and submits nothing. */
    public BatchCheck check(Path rows, BatchUpload upload) {
        return Transport.await(checkAsync(rows, upload));
    }

    public CompletableFuture<BatchCheck> checkAsync(Path rows, BatchUpload upload) {
        return upload(rows, upload.query() + "&dry_run=true", BatchCheck.class);
    }

    /** What {@link #submit(BatchRequest)} would cost, and what the batch lane saves; submits nothing. */
    public BatchEstimate estimate(BatchRequest request) {
        return Transport.await(estimateAsync(request));
    }

    public CompletableFuture<BatchEstimate> estimateAsync(BatchRequest request) {
        return transport.json("POST", "/api/batches?estimate=true", request, BatchEstimate.class);
    }

    /** What {@link #submit(Path, BatchUpload)} would cost, and what the batch lane saves; submits nothing. */
    public BatchEstimate estimate(Path rows, BatchUpload upload) {
        return Transport.await(estimateAsync(rows, upload));
    }

    public CompletableFuture<BatchEstimate> estimateAsync(Path rows, BatchUpload upload) {
        return upload(rows, upload.query() + "&estimate=true", BatchEstimate.class);
    }

    /** One page of the batch history, newest first. */
    public Page<Batch> list(BatchQuery query) {
        return Transport.await(listAsync(query));
    }

    public CompletableFuture<Page<Batch>> listAsync(BatchQuery query) {
        String params = query.query();
        return transport.json("GET", "/api/batches" + (params.isEmpty() ? "" : "?" + params), null, PAGE);
    }

    private <T> CompletableFuture<T> upload(Path rows, String query, Class<T> answer) {
        String name = rows.getFileName().toString().toLowerCase(Locale.ROOT);
        String contentType = name.endsWith(".csv") ? "text/csv"
                : name.endsWith(".jsonl") || name.endsWith(".ndjson") ? "application/x-ndjson" : null;
        if (contentType == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "a batch file must end in .csv, .jsonl or .ndjson: " + rows));
        }
        HttpRequest.BodyPublisher body;
        try {
            body = HttpRequest.BodyPublishers.ofFile(rows);
        } catch (FileNotFoundException e) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("no batch file at " + rows, e));
        }
        return transport.send("POST", "/api/batches?" + query, body, contentType, Map.of())
                .thenApply(text -> Json.MAPPER.readValue(text, answer));
    }

    public Batch get(String batchId) {
        return Transport.await(getAsync(batchId));
    }

    public CompletableFuture<Batch> getAsync(String batchId) {
        return transport.json("GET", Transport.path("/api/batches/%s", batchId), null, Batch.class);
    }

    /** The rows so far, one per (input row, model). */
    public List<BatchResultRow> results(String batchId) {
        return Transport.await(resultsAsync(batchId));
    }

    public CompletableFuture<List<BatchResultRow>> resultsAsync(String batchId) {
        return transport.json("GET", Transport.path("/api/batches/%s/results", batchId), null, ROWS);
    }

    /** The rows so far as the server writes them in {@code format} (CSV with a header line). */
    public String results(String batchId, ResultFormat format) {
        return Transport.await(resultsAsync(batchId, format));
    }

    public CompletableFuture<String> resultsAsync(String batchId, ResultFormat format) {
        return transport.json("GET", Transport.path("/api/batches/%s/results", batchId) + "?format=" + format.query(),
                null, Map.of());
    }

    public Cancellation cancel(String batchId) {
        return Transport.await(cancelAsync(batchId));
    }

    public CompletableFuture<Cancellation> cancelAsync(String batchId) {
        return transport.json("POST", Transport.path("/api/batches/%s/cancel", batchId), null, Cancellation.class);
    }
}
