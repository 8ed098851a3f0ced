package dev.dakora.testsupport;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OpenAI's Batch API as far as the batch lane uses it: {@code POST /v1/files} (multipart, the JSON Lines
 * part read), {@code POST /v1/batches} (its {@code metadata} kept), {@code GET /v1/batches} (newest first,
 * {@code limit} and {@code after}, {@code has_more}), {@code GET /v1/batches/{id}} (validating, in_progress,
 * finalizing, then completed, or the statuses given; after {@code POST /v1/batches/{id}/cancel}: cancelling,
 * then cancelled), {@code GET /v1/files/{id}/content} (the output and error files).
 */
public final class FakeOpenAiBatches extends FakeBatchApi {

    private final Map<String, Map<String, String>> files = new ConcurrentHashMap<>();

    public FakeOpenAiBatches(String... statuses) throws IOException {
        super(statuses.length == 0 ? List.of("validating", "in_progress", "finalizing", "completed") : List.of(statuses),
                List.of("cancelling", "cancelled"));
    }

    @Override
    boolean ended(String status) {
        return List.of("completed", "failed", "expired", "cancelled").contains(status);
    }

    @Override
    Answer answer(String method, String path, String query, String body) {
        if (method.equals("POST") && path.equals("/v1/files")) {
            Map<String, String> prompts = new LinkedHashMap<>();
            body.lines().filter(line -> line.startsWith("{")).map(FakeBatchApi::tree).forEach(line ->
                    prompts.put(line.path("custom_id").asString(), line.path("body").path("messages").path(0).path("content").asString()));
            String id = book.nextId("file-");
            files.put(id, prompts);
            return Answer.json(Map.of("id", id, "object", "file", "purpose", "batch"));
        }
        if (method.equals("POST") && path.equals("/v1/batches")) {
            JsonNode request = tree(body);
            Map<String, String> prompts = files.get(request.path("input_file_id").asString());
            if (prompts == null || !"24h".equals(request.path("completion_window").asString())) {
                return new Answer(400, "{\"error\":{\"message\":\"bad batch request\"}}");
            }
            Map<String, String> metadata = new LinkedHashMap<>();
            request.path("metadata").properties().forEach(field -> metadata.put(field.getKey(), field.getValue().asString()));
            String id = book.add("batch_", prompts, metadata);
            return Answer.json(Map.of("id", id, "status", "validating", "metadata", metadata));
        }
        if (method.equals("GET") && path.equals("/v1/batches")) {
            return list(query == null ? "" : query);
        }
        if (method.equals("POST") && path.startsWith("/v1/batches/") && path.endsWith("/cancel")) {
            FakeBatch batch = book.get(path.substring("/v1/batches/".length(), path.length() - "/cancel".length()));
            if (batch == null) {
                return Answer.notFound();
            }
            return book.cancel(batch) ? Answer.json(Map.of("id", batch.id(), "status", "cancelling"))
                    : new Answer(409, "{\"error\":{\"message\":\"Cannot cancel a batch with status " + book.status(batch) + "\"}}");
        }
        if (method.equals("GET") && path.startsWith("/v1/batches/")) {
            FakeBatch batch = book.get(path.substring("/v1/batches/".length()));
            if (batch == null) {
                return Answer.notFound();
            }
            String status = book.status(batch);
            Map<String, Object> answer = new LinkedHashMap<>(Map.of("id", batch.id(), "status", status));
            if (status.equals("completed") || status.equals("expired") || status.equals("cancelled")) {
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
            FakeBatch batch = book.get(file.substring(0, file.lastIndexOf('-')));
            return batch == null ? Answer.notFound() : new Answer(200, lines(batch, file.endsWith("-out")));
        }
        return Answer.notFound();
    }

    private Answer list(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        int limit = Integer.parseInt(params.getOrDefault("limit", "20"));
        if (limit < 1 || limit > 100) {
            return new Answer(400, "{\"error\":{\"message\":\"limit must be between 1 and 100\"}}");
        }
        List<FakeBatch> newestFirst = book.oldestFirst().reversed();
        int from = 0;
        if (params.containsKey("after")) {
            from = newestFirst.stream().map(FakeBatch::id).toList().indexOf(params.get("after")) + 1;
        }
        List<FakeBatch> page = newestFirst.subList(Math.min(from, newestFirst.size()), Math.min(from + limit, newestFirst.size()));
        List<Map<String, Object>> data = page.stream().map(batch -> Map.<String, Object>of("id", batch.id(), "object", "batch",
                "created_at", batch.createdAt(), "metadata", batch.metadata())).toList();
        return Answer.json(Map.of("object", "list", "data", data, "has_more", from + limit < newestFirst.size()));
    }

    private static String lines(FakeBatch batch, boolean output) {
        StringBuilder lines = new StringBuilder();
        batch.prompts().forEach((customId, prompt) -> {
            String outcome = batch.ran(prompt) ? FakeBatch.outcome(prompt) : "drop";
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
