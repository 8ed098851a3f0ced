package dev.dakora.testsupport;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Anthropic's Message Batches as far as the batch lane uses them: {@code POST /v1/messages/batches},
 * {@code GET /v1/messages/batches/{id}} (in_progress, then ended, or the statuses given; after
 * {@code POST /v1/messages/batches/{id}/cancel}: canceling, then ended) with its {@code results_url}, and the
 * results as JSON Lines (succeeded, errored, expired; {@code [cancel]} in a prompt, or a cancelled batch's
 * requests not finished: canceled).
 */
public final class FakeAnthropicBatches extends FakeBatchApi {

    public FakeAnthropicBatches(String... statuses) throws IOException {
        super(statuses.length == 0 ? List.of("in_progress", "in_progress", "ended") : List.of(statuses),
                List.of("canceling", "ended"));
    }

    @Override
    boolean ended(String status) {
        return status.equals("ended");
    }

    @Override
    Answer answer(String method, String path, String query, String body) {
        if (method.equals("POST") && path.equals("/v1/messages/batches")) {
            Map<String, String> prompts = new LinkedHashMap<>();
            for (JsonNode request : tree(body).path("requests")) {
                prompts.put(request.path("custom_id").asString(),
                        request.path("params").path("messages").path(0).path("content").asString());
            }
            String id = book.add("msgbatch_", prompts, Map.of());
            return Answer.json(Map.of("id", id, "type", "message_batch", "processing_status", "in_progress"));
        }
        if (method.equals("POST") && path.startsWith("/v1/messages/batches/") && path.endsWith("/cancel")) {
            FakeBatch batch = book.get(path.substring("/v1/messages/batches/".length(), path.length() - "/cancel".length()));
            if (batch == null) {
                return Answer.notFound();
            }
            return book.cancel(batch) ? Answer.json(Map.of("id", batch.id(), "type", "message_batch", "processing_status", "canceling"))
                    : new Answer(400, "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"the batch has ended\"}}");
        }
        if (method.equals("GET") && path.startsWith("/v1/messages/batches/")) {
            FakeBatch batch = book.get(path.substring("/v1/messages/batches/".length()));
            if (batch == null) {
                return Answer.notFound();
            }
            String status = book.status(batch);
            Map<String, Object> answer = new LinkedHashMap<>(Map.of("id", batch.id(), "processing_status", status,
                    "request_counts", Map.of("processing", status.equals("ended") ? 0 : batch.prompts().size())));
            if (status.equals("ended")) {
                answer.put("results_url", baseUrl() + "/results/" + batch.id());
            }
            return Answer.json(answer);
        }
        if (method.equals("GET") && path.startsWith("/v1/results/")) {
            FakeBatch batch = book.get(path.substring("/v1/results/".length()));
            return batch == null ? Answer.notFound() : new Answer(200, results(batch));
        }
        return Answer.notFound();
    }

    private static String results(FakeBatch batch) {
        StringBuilder lines = new StringBuilder();
        batch.prompts().forEach((customId, prompt) -> {
            Object result = prompt.contains("[cancel]") || !batch.ran(prompt) ? Map.of("type", "canceled") : switch (FakeBatch.outcome(prompt)) {
                case "ok" -> Map.of("type", "succeeded", "message", Map.of("content",
                        List.of(Map.of("type", "text", "text", "answer: " + prompt)),
                        "usage", Map.of("input_tokens", prompt.length(), "output_tokens", 5)));
                case "fail" -> Map.of("type", "errored", "error", Map.of("type", "error",
                        "error", Map.of("type", "invalid_request_error", "message", "max_tokens is too large")));
                case "expire" -> Map.of("type", "expired");
                default -> null;
            };
            if (result != null) {
                lines.append(JSON.writeValueAsString(Map.of("custom_id", customId, "result", result))).append('\n');
            }
        });
        return lines.toString();
    }
}
