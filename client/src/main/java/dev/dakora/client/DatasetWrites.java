package dev.dakora.client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * How {@link Datasets} stores a dataset's next version: from a file, from rows sent as JSON, or from a
 * completed batch; and how it deletes a dataset. A {@code templateId} (or null) has the server check each
 * row's inputs against that template.
 */
final class DatasetWrites {

    private final Transport transport;

    DatasetWrites(Transport transport) {
        this.transport = transport;
    }

    CompletableFuture<DatasetVersion> upload(String name, Path file, String templateId) {
        DatasetFile upload;
        try {
            upload = DatasetFile.of(file);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return transport.send("POST", versionsPath(name, templateId), upload.body(), upload.contentType(), Map.of())
                .thenApply(text -> Json.MAPPER.readValue(text, DatasetVersion.class));
    }

    CompletableFuture<DatasetVersion> create(String name, List<DatasetRow> rows, String templateId) {
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

    CompletableFuture<DatasetVersion> fromBatch(String name, String batchId, String expectedModel) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("batch_id", batchId);
        body.put("expected_model", expectedModel);
        return transport.json("POST", Transport.path("/api/datasets/%s/versions/from-batch", name), body, DatasetVersion.class);
    }

    CompletableFuture<Void> delete(String name) {
        return transport.json("DELETE", Transport.path("/api/datasets/%s", name), null, Map.of()).thenApply(text -> null);
    }

    private static String versionsPath(String name, String templateId) {
        return Transport.path("/api/datasets/%s/versions", name)
                + (templateId == null ? "" : "?" + Transport.query(Map.of("template_id", templateId)));
    }
}
