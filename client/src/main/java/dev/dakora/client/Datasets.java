package dev.dakora.client;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Datasets ({@code /api/datasets}): named sets of rows in immutable versions. Every upload stores the
 * next version (1, 2, ...); the first creates the dataset. {@code version} arguments take a number or
 * {@code "latest"}.
 */
public final class Datasets {

    private final DatasetWrites writes;
    private final DatasetReads reads;

    Datasets(Transport transport) {
        this.writes = new DatasetWrites(transport);
        this.reads = new DatasetReads(transport);
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
        return writes.upload(name, file, templateId);
    }

    /** Stores the rows as the next version (sent as a JSON array of row objects). */
    public DatasetVersion create(String name, List<DatasetRow> rows) {
        return Transport.await(createAsync(name, rows, null));
    }

    public DatasetVersion create(String name, List<DatasetRow> rows, String templateId) {
        return Transport.await(createAsync(name, rows, templateId));
    }

    public CompletableFuture<DatasetVersion> createAsync(String name, List<DatasetRow> rows, String templateId) {
        return writes.create(name, rows, templateId);
    }

    /** The next version from a completed batch's rows; {@code expectedModel} (or null) supplies the expected outputs. */
    public DatasetVersion fromBatch(String name, String batchId, String expectedModel) {
        return Transport.await(fromBatchAsync(name, batchId, expectedModel));
    }

    public CompletableFuture<DatasetVersion> fromBatchAsync(String name, String batchId, String expectedModel) {
        return writes.fromBatch(name, batchId, expectedModel);
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
        return reads.list(limit, cursor);
    }

    public DatasetSummary get(String name) {
        return Transport.await(reads.get(name));
    }

    /** The first page of a dataset's versions, newest first. */
    public Page<DatasetVersion> versions(String name) {
        return Transport.await(versionsAsync(name, null, null));
    }

    public CompletableFuture<Page<DatasetVersion>> versionsAsync(String name, Integer limit, String cursor) {
        return reads.versions(name, limit, cursor);
    }

    /** One page of a version's rows; {@code cursor} null for the first. */
    public DatasetRows rows(String name, String version, Integer limit, String cursor) {
        return Transport.await(rowsAsync(name, version, limit, cursor));
    }

    public CompletableFuture<DatasetRows> rowsAsync(String name, String version, Integer limit, String cursor) {
        return reads.rows(name, version, limit, cursor);
    }

    /** Every row of a version, following the pages. */
    public List<DatasetRow> allRows(String name, String version) {
        return reads.allRows(name, version);
    }

    /** Deletes every version; a dataset made again under the name numbers its versions after the deleted ones. */
    public void delete(String name) {
        Transport.await(writes.delete(name));
    }
}
