package dev.dakora.llm.provider;

import dev.dakora.common.model.ModelName;
import dev.dakora.llm.lane.BatchApiException;
import dev.dakora.llm.lane.BatchState;
import dev.dakora.llm.lane.LaneOutcome;
import dev.dakora.llm.lane.LaneRequest;
import dev.dakora.llm.lane.ProviderBatches;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * OpenAI's Batch API: the requests as a JSON Lines file ({@code POST /files}, purpose batch), a batch of
 * it ({@code POST /batches}, 24 h window), {@code GET /batches/{id}} until completed, failed, expired or
 * cancelled, then the output and error files ({@link OpenAiBatchOutput}); {@code POST /batches/{id}/cancel}
 * stops one. Each batch carries its lane key in its metadata ({@code dakora_lane_key}), by which {@link #find}
 * finds a batch whose id was lost ({@link OpenAiBatchSearch}). Works with any server speaking that API at the
 * configured base URL.
 */
public final class OpenAiBatches implements ProviderBatches {

    private static final String DEFAULT_URL = "https://api.openai.com/v1";
    private static final String ENDPOINT = OpenAiBatchFile.ENDPOINT;
    private static final Set<String> ENDED = Set.of("completed", "failed", "expired", "cancelled");

    private final ProviderAccess access;
    private final BatchHttp http;

    OpenAiBatches(ProviderAccess access, BatchHttp http) {
        this.access = access;
        this.http = http;
    }

    @Override
    public String submit(ModelName model, List<LaneRequest> requests, String laneKey) throws InterruptedException {
        String lines = OpenAiBatchFile.lines(model, requests);
        String boundary = "dakora-" + UUID.randomUUID();
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"batch.jsonl\"\r\n"
                + "Content-Type: application/jsonl\r\n\r\n" + lines + "\r\n--" + boundary + "--\r\n";
        String file = http.json("POST", url("/files"), headers("multipart/form-data; boundary=" + boundary),
                HttpRequest.BodyPublishers.ofString(multipart, StandardCharsets.UTF_8), key()).path("id").asString();
        ObjectNode batch = BatchHttp.JSON.createObjectNode().put("input_file_id", file).put("endpoint", ENDPOINT)
                .put("completion_window", "24h");
        batch.putObject("metadata").put("source", "dakora").put(OpenAiBatchSearch.METADATA_KEY, laneKey);
        JsonNode created = http.json("POST", url("/batches"), headers("application/json"),
                HttpRequest.BodyPublishers.ofString(BatchHttp.JSON.writeValueAsString(batch)), key());
        return required(created, "id");
    }

    @Override
    public BatchState poll(String batchId) throws InterruptedException {
        JsonNode batch = http.json("GET", url("/batches/" + batchId), headers(null), null, key());
        String status = required(batch, "status");
        String missing = switch (status) {
            case "expired" -> "expired: the provider did not run this call within its 24h completion window";
            case "cancelled" -> "cancelled: the provider's batch " + batchId + " was cancelled before this call ran";
            case "failed" -> "the provider's batch " + batchId + " failed: " + errors(batch);
            default -> null;
        };
        return new BatchState(batchId, status, ENDED.contains(status), missing, text(batch, "output_file_id"),
                text(batch, "error_file_id"));
    }

    @Override
    public Map<String, LaneOutcome> results(BatchState state) throws InterruptedException {
        Map<String, LaneOutcome> outcomes = new HashMap<>();
        for (String file : new String[] {state.resultRef(), state.errorRef()}) {
            if (file == null) {
                continue;
            }
            String content = http.text("GET", url("/files/" + file + "/content"), headers(null), null, key());
            OpenAiBatchOutput.read(content, outcomes);
        }
        return outcomes;
    }

    private static String errors(JsonNode batch) {
        StringBuilder all = new StringBuilder();
        for (JsonNode error : batch.path("errors").path("data")) {
            all.append(all.isEmpty() ? "" : "; ").append(error.path("message").asString(""));
        }
        return all.isEmpty() ? "no reason given" : all.toString();
    }

    @Override
    public void cancel(String batchId) throws InterruptedException {
        http.json("POST", url("/batches/" + batchId + "/cancel"), headers(null), null, key());
    }

    @Override
    public boolean findsByKey() {
        return true;
    }

    @Override
    public Optional<String> find(String laneKey, Instant since) throws InterruptedException {
        return new OpenAiBatchSearch(http, this::url, headers(null), key()).find(laneKey, since);
    }

    @Override
    public Duration completionWindow() {
        return Duration.ofHours(24);
    }

    private String url(String path) {
        String base = access.baseUrl("openai");
        return BatchHttp.trimmed(base == null ? DEFAULT_URL : base) + path;
    }

    private String key() {
        return access.apiKey("openai");
    }

    private List<String> headers(String contentType) {
        return contentType == null ? List.of("Authorization", "Bearer " + key())
                : List.of("Authorization", "Bearer " + key(), "Content-Type", contentType);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new BatchApiException("the provider's answer has no " + field, false);
        }
        return value;
    }
}
