package dev.dakora.llm.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the fake batch servers share: a JDK server on 127.0.0.1 and a free port, the requests seen, the
 * batches created with their requests, each batch's status moving one step per poll, and refusals
 * scripted per path. How a request ends is read from its prompt: {@code [fail]} is refused by the model,
 * {@code [expire]} is not run in time, {@code [drop]} gets no result line, anything else is answered
 * {@code "answer: <prompt>"} with the prompt's length as input tokens and 5 output tokens.
 */
public abstract class FakeBatchApi implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A batch as the server holds it: its requests (custom id, prompt) and how many times it was polled. */
    record Held(String id, Map<String, String> prompts, AtomicInteger polls) {
    }

    /** One request as it arrived. */
    public record Seen(String method, String path, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final List<String> statuses;
    private volatile boolean paused;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Map<String, List<Integer>> refusals = new ConcurrentHashMap<>();
    final Map<String, Held> batches = new ConcurrentHashMap<>();
    final AtomicInteger ids = new AtomicInteger();

    /** @param statuses what polls of a batch answer in turn; the last one stays */
    FakeBatchApi(List<String> statuses) throws IOException {
        this.statuses = List.copyOf(statuses);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::serve);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
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
        return batches.size();
    }

    /** The prompts of every request of every batch, by custom id per batch. */
    public List<Map<String, String>> submitted() {
        return batches.values().stream().map(Held::prompts).toList();
    }

    /** While paused, polls answer a batch's current status without moving it on. */
    public void pause(boolean pause) {
        paused = pause;
    }

    String status(Held batch) {
        int step = paused ? batch.polls().get() : batch.polls().getAndIncrement();
        return statuses.get(Math.min(step, statuses.size() - 1));
    }

    private void serve(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        seen.add(new Seen(exchange.getRequestMethod(), path, headers, body));
        for (Map.Entry<String, List<Integer>> refusal : refusals.entrySet()) {
            if (path.startsWith(refusal.getKey()) && !refusal.getValue().isEmpty()) {
                int status = refusal.getValue().removeFirst();
                send(exchange, status, "{\"error\":{\"message\":\"refused by the fake with " + status + "\"}}");
                return;
            }
        }
        Answer answer = answer(exchange.getRequestMethod(), path, body);
        send(exchange, answer.status(), answer.body());
    }

    /** A response. */
    record Answer(int status, String body) {
        static Answer json(Object value) {
            return new Answer(200, JSON.writeValueAsString(value));
        }

        static Answer notFound() {
            return new Answer(404, "{\"error\":{\"message\":\"not found\"}}");
        }
    }

    abstract Answer answer(String method, String path, String body);

    static String outcome(String prompt) {
        if (prompt.contains("[fail]")) {
            return "fail";
        }
        if (prompt.contains("[expire]")) {
            return "expire";
        }
        return prompt.contains("[drop]") ? "drop" : "ok";
    }

    static JsonNode tree(String json) {
        return JSON.readTree(json);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
