package dev.dakora.llm.support;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * OpenAI's Batch API as far as the batch lane uses it: {@code POST /v1/files} (multipart, the JSON Lines
 * part read), {@code POST /v1/batches}, {@code GET /v1/batches/{id}} (validating, in_progress, finalizing,
 * then completed, or the statuses given), {@code GET /v1/files/{id}/content} (the output and error files).
 */
public final class FakeOpenAiBatches extends FakeBatchApi {

    private final Map<String, Map<String, String>> files = new ConcurrentHashMap<>();

    public FakeOpenAiBatches(String... statuses) throws IOException {
        super(statuses.length == 0 ? List.of("validating", "in_progress", "finalizing", "completed") : List.of(statuses));
    }

    @Override
    Answer answer(String method, String path, String body) {
        if (method.equals("POST") && path.equals("/v1/files")) {
            Map<String, String> prompts = new LinkedHashMap<>();
            body.lines().filter(line -> line.startsWith("{")).map(FakeBatchApi::tree).forEach(line ->
                    prompts.put(line.path("custom_id").asString(), line.path("body").path("messages").path(0).path("content").asString()));
            String id = "file-" + ids.incrementAndGet();
            files.put(id, prompts);
            return Answer.json(Map.of("id", id, "object", "file", "purpose", "batch"));
        }
        if (method.equals("POST") && path.equals("/v1/batches")) {
            JsonNode request = tree(body);
            Map<String, String> prompts = files.get(request.path("input_file_id").asString());
            if (prompts == null || !"24h".equals(request.path("completion_window").asString())) {
                return new Answer(400, "{\"error\":{\"message\":\"bad batch request\"}}");
            }
            String id = "batch_" + ids.incrementAndGet();
            batches.put(id, new Held(id, prompts, new AtomicInteger()));
            return Answer.json(Map.of("id", id, "status", "validating"));
        }
        if (method.equals("GET") && path.startsWith("/v1/batches/")) {
            Held batch = batches.get(path.substring("/v1/batches/".length()));
            if (batch == null) {
                return Answer.notFound();
            }
            String status = status(batch);
            Map<String, Object> answer = new LinkedHashMap<>(Map.of("id", batch.id(), "status", status));
            if (status.equals("completed") || status.equals("expired")) {
                answer.put("output_file_id", batch.id() + "-out");
                answer.put("error_file_id", batch.id() + "-err");
            }
            if (status.equals("failed")) {
                answer.put("errors", Map.of("data", List.of(Map.of("code", "invalid", "message", "the input file is invalid"))));
            }
            return Answer.json(answer);
        }
        if (method.equals("GET") && path.startsWith("/v1/files/") && path.endsWith("/content")) {
            String file = path.substring("/v1/files/".length(), path.length() - "/content".length());
            Held batch = batches.get(file.substring(0, file.lastIndexOf('-')));
            return batch == null ? Answer.notFound() : new Answer(200, lines(batch, file.endsWith("-out")));
        }
        return Answer.notFound();
    }

    private static String lines(Held batch, boolean output) {
        StringBuilder lines = new StringBuilder();
        batch.prompts().forEach((customId, prompt) -> {
            String outcome = outcome(prompt);
            Object line = switch (outcome) {
                case "ok" -> output ? Map.of("custom_id", customId, "response", Map.of("status_code", 200, "body", Map.of(
                        "choices", List.of(Map.of("message", Map.of("role", "assistant", "content", "answer: " + prompt))),
                        "usage", Map.of("prompt_tokens", prompt.length(), "completion_tokens", 5)))) : null;
                case "fail" -> output ? null : Map.of("custom_id", customId, "response", Map.of("status_code", 400,
                        "body", Map.of("error", Map.of("message", "the model refused this prompt"))));
                case "expire" -> output ? null : Map.of("custom_id", customId, "error", Map.of("code", "batch_expired",
                        "message", "This request could not be executed before the completion window expired."));
                default -> null;
            };
            if (line != null) {
                lines.append(JSON.writeValueAsString(line)).append('\n');
            }
        });
        return lines.toString();
    }
}
