package dev.dakora.llm.provider;

import dev.dakora.common.model.ModelName;
import dev.dakora.llm.lane.BatchApiException;
import dev.dakora.llm.lane.BatchState;
import dev.dakora.llm.lane.LaneOutcome;
import dev.dakora.llm.lane.LaneRequest;
import dev.dakora.llm.lane.ProviderBatches;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Anthropic's Message Batches: {@code POST /messages/batches} with every request's params, then
 * {@code GET /messages/batches/{id}} until {@code processing_status} is {@code ended}, then the JSON Lines
 * at its {@code results_url} (succeeded, errored, canceled or expired per request);
 * {@code POST /messages/batches/{id}/cancel} stops one. A request without
 * {@code max_tokens} gets {@code defaultMaxTokens}: the API requires one.
 */
public final class AnthropicBatches implements ProviderBatches {

    private static final String DEFAULT_URL = "https://api.anthropic.com/v1";
    private static final String VERSION = "2023-06-01";

    private final ProviderAccess access;
    private final BatchHttp http;
    private final int defaultMaxTokens;

    AnthropicBatches(ProviderAccess access, BatchHttp http, int defaultMaxTokens) {
        this.access = access;
        this.http = http;
        this.defaultMaxTokens = defaultMaxTokens;
    }

    /** {@code laneKey} is not sent: a message batch keeps no metadata, so an orphaned batch cannot be found by it. */
    @Override
    public String submit(ModelName model, List<LaneRequest> requests, String laneKey) throws InterruptedException {
        ObjectNode batch = BatchHttp.JSON.createObjectNode();
        ArrayNode all = batch.putArray("requests");
        for (LaneRequest request : requests) {
            ObjectNode params = all.addObject().put("custom_id", request.customId()).putObject("params");
            params.put("model", model.model()).put("max_tokens",
                    request.params().maxTokens() != null ? request.params().maxTokens() : defaultMaxTokens);
            params.putArray("messages").addObject().put("role", "user").put("content", request.prompt());
            if (request.params().temperature() != null) {
                params.put("temperature", request.params().temperature());
            }
            if (request.params().topP() != null) {
                params.put("top_p", request.params().topP());
            }
        }
        JsonNode created = http.json("POST", url("/messages/batches"), headers(true),
                HttpRequest.BodyPublishers.ofString(BatchHttp.JSON.writeValueAsString(batch)), key());
        if (!created.path("id").isString()) {
            throw new BatchApiException("the provider's answer has no id", false);
        }
        return created.path("id").asString();
    }

    @Override
    public BatchState poll(String batchId) throws InterruptedException {
        JsonNode batch = http.json("GET", url("/messages/batches/" + batchId), headers(false), null, key());
        String status = batch.path("processing_status").asString("");
        if (status.isEmpty()) {
            throw new BatchApiException("the provider's answer has no processing_status", false);
        }
        JsonNode results = batch.path("results_url");
        return new BatchState(batchId, status, "ended".equals(status), null,
                results.isString() ? results.asString() : null, null);
    }

    @Override
    public Map<String, LaneOutcome> results(BatchState state) throws InterruptedException {
        Map<String, LaneOutcome> outcomes = new HashMap<>();
        if (state.resultRef() == null) {
            return outcomes;
        }
        String content = http.text("GET", state.resultRef(), headers(false), null, key());
        content.lines().filter(line -> !line.isBlank()).map(BatchHttp.JSON::readTree)
                .forEach(line -> outcomes.put(line.path("custom_id").asString(), outcome(line.path("result"))));
        return outcomes;
    }

    private static LaneOutcome outcome(JsonNode result) {
        return switch (result.path("type").asString("")) {
            case "succeeded" -> {
                JsonNode message = result.path("message");
                StringBuilder text = new StringBuilder();
                for (JsonNode block : message.path("content")) {
                    if ("text".equals(block.path("type").asString(""))) {
                        text.append(block.path("text").asString(""));
                    }
                }
                yield LaneOutcome.answer(text.toString(), message.path("usage").path("input_tokens").asLong(0),
                        message.path("usage").path("output_tokens").asLong(0));
            }
            case "errored" -> {
                JsonNode error = result.path("error").path("error").isObject() ? result.path("error").path("error")
                        : result.path("error");
                yield LaneOutcome.failure(error.path("type").asString("error") + ": " + error.path("message").asString(""));
            }
            case "canceled" -> LaneOutcome.failure("cancelled: the provider's batch was cancelled before this call ran");
            case "expired" -> LaneOutcome.failure("expired: the provider did not run this call within its 24h window");
            default -> LaneOutcome.failure("the provider gave an unknown result type " + result.path("type").asString("(none)"));
        };
    }

    @Override
    public void cancel(String batchId) throws InterruptedException {
        http.json("POST", url("/messages/batches/" + batchId + "/cancel"), headers(false), null, key());
    }

    @Override
    public Duration completionWindow() {
        return Duration.ofHours(24);
    }

    private String url(String path) {
        String base = access.baseUrl("anthropic");
        return BatchHttp.trimmed(base == null ? DEFAULT_URL : base) + path;
    }

    private String key() {
        return access.apiKey("anthropic");
    }

    private List<String> headers(boolean json) {
        return json ? List.of("x-api-key", key(), "anthropic-version", VERSION, "content-type", "application/json")
                : List.of("x-api-key", key(), "anthropic-version", VERSION);
    }
}
