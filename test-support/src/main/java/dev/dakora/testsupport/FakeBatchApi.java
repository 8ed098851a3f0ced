package dev.dakora.testsupport;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the fake batch servers share: a JDK server on 127.0.0.1 and a free port, the requests seen, the
 * batches created with their requests ({@link BatchBook}: each batch's status moving one step per poll, after
 * a cancel the provider's two cancel statuses), and refusals scripted per path. How a request ends is read
 * from its prompt: {@code [fail]} is refused by the model, {@code [expire]} is not run in time, {@code [drop]}
 * gets no result line, anything else is answered {@code "answer: <prompt>"} with the prompt's length as input
 * tokens and 5 output tokens. In a cancelled batch only the requests with {@code [done]} in their prompt
 * (those the provider finished before the cancel) have an answer.
 */
public abstract class FakeBatchApi implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request as it arrived. */
    public record Seen(String method, String path, Map<String, String> headers, String body) {
    }

    private final FakeHttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Map<String, List<Integer>> refusals = new ConcurrentHashMap<>();
    final BatchBook book;

    /**
     * @param statuses       what polls of a batch answer in turn; the last one stays
     * @param cancelStatuses what polls of a cancelled batch answer: the first poll after the cancel, then every later one
     */
    FakeBatchApi(List<String> statuses, List<String> cancelStatuses) throws IOException {
        book = new BatchBook(statuses, cancelStatuses, this::ended);
        server = new FakeHttpServer(0, 64, "/", this::serve);
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** The next requests whose path starts with {@code pathPrefix} are refused with these statuses, in turn. */
    public void refuse(String pathPrefix, Integer... statuses) {
        refusals.put(pathPrefix, new CopyOnWriteArrayList<>(statuses));
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    /** Batches created so far. */
    public int created() {
        return book.size();
    }

    /** Cancel requests received so far. */
    public int cancels() {
        return (int) seen.stream().filter(request -> request.method().equals("POST") && request.path().endsWith("/cancel")).count();
    }

    /** Whether the batch was cancelled. */
    public boolean cancelled(String batchId) {
        FakeBatch batch = book.get(batchId);
        return batch != null && batch.cancelled();
    }

    /** Ids of the batches created, oldest first. */
    public List<String> batchIds() {
        return book.oldestFirst().stream().map(FakeBatch::id).toList();
    }

    /** Adds a batch of no request made by someone else, with this metadata and creation time (epoch seconds). */
    public String addForeign(Map<String, String> metadata, long createdAt) {
        return book.addForeign(metadata, createdAt);
    }

    /** The prompts of every request of every batch, by custom id per batch. */
    public List<Map<String, String>> submitted() {
        return book.oldestFirst().stream().map(FakeBatch::prompts).toList();
    }

    /** While paused, polls answer a batch's current status without moving it on. */
    public void pause(boolean pause) {
        book.pause(pause);
    }

    /** Whether a status word ends a batch. */
    abstract boolean ended(String status);

    abstract Answer answer(String method, String path, String query, String body);

    private void serve(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        seen.add(new Seen(exchange.getRequestMethod(), path, headers, body));
        for (Map.Entry<String, List<Integer>> refusal : refusals.entrySet()) {
            if (path.startsWith(refusal.getKey()) && !refusal.getValue().isEmpty()) {
                int status = refusal.getValue().removeFirst();
                FakeHttpServer.send(exchange, status, "{\"error\":{\"message\":\"refused by the fake with " + status + "\"}}", Map.of());
                return;
            }
        }
        Answer answer = answer(exchange.getRequestMethod(), path, exchange.getRequestURI().getQuery(), body);
        FakeHttpServer.send(exchange, answer.status(), answer.body(), Map.of());
    }

    static JsonNode tree(String json) {
        return JSON.readTree(json);
    }

    @Override
    public void close() {
        server.close();
    }
}
