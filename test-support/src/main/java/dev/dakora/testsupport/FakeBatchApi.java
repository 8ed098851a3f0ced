package dev.dakora.testsupport;

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
 * batches created with their requests, each batch's status moving one step per poll (after a cancel: the
 * provider's two cancel statuses), and refusals scripted per path. How a request ends is read from its
 * prompt: {@code [fail]} is refused by the model, {@code [expire]} is not run in time, {@code [drop]} gets no
 * result line, anything else is answered {@code "answer: <prompt>"} with the prompt's length as input
 * tokens and 5 output tokens. In a cancelled batch only the requests with {@code [done]} in their prompt
 * (those the provider finished before the cancel) have an answer.
 */
public abstract class FakeBatchApi implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request as it arrived. */
    public record Seen(String method, String path, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final List<String> statuses;
    private final List<String> cancelStatuses;
    private volatile boolean paused;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Map<String, List<Integer>> refusals = new ConcurrentHashMap<>();
    final Map<String, FakeBatch> batches = new ConcurrentHashMap<>();
    final AtomicInteger ids = new AtomicInteger();

    /**
     * @param statuses       what polls of a batch answer in turn; the last one stays
     * @param cancelStatuses what polls of a cancelled batch answer: the first poll after the cancel, then every later one
     */
    FakeBatchApi(List<String> statuses, List<String> cancelStatuses) throws IOException {
        this.statuses = List.copyOf(statuses);
        this.cancelStatuses = List.copyOf(cancelStatuses);
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

    /** Cancel requests received so far. */
    public int cancels() {
        return (int) seen.stream().filter(request -> request.method().equals("POST") && request.path().endsWith("/cancel")).count();
    }

    /** Whether the batch was cancelled. */
    public boolean cancelled(String batchId) {
        FakeBatch batch = batches.get(batchId);
        return batch != null && batch.cancelled();
    }

    /** Ids of the batches created, oldest first. */
    public List<String> batchIds() {
        return batches.values().stream().sorted(java.util.Comparator.comparingInt(FakeBatchApi::number)).map(FakeBatch::id).toList();
    }

    /** Adds a batch of no request made by someone else, with this metadata and creation time (epoch seconds). */
    public String addForeign(Map<String, String> metadata, long createdAt) {
        String id = "batch_" + ids.incrementAndGet();
        batches.put(id, new FakeBatch(id, Map.of(), Map.copyOf(metadata), createdAt, new AtomicInteger(), new AtomicInteger(-1)));
        return id;
    }

    static int number(FakeBatch batch) {
        return Integer.parseInt(batch.id().substring(batch.id().lastIndexOf('_') + 1));
    }

    /** The prompts of every request of every batch, by custom id per batch. */
    public List<Map<String, String>> submitted() {
        return batches.values().stream().map(FakeBatch::prompts).toList();
    }

    /** While paused, polls answer a batch's current status without moving it on. */
    public void pause(boolean pause) {
        paused = pause;
    }

    String status(FakeBatch batch) {
        if (batch.cancelled()) {
            int step = paused ? batch.cancelPolls().get() : batch.cancelPolls().getAndIncrement();
            return cancelStatuses.get(Math.min(step, cancelStatuses.size() - 1));
        }
        int step = paused ? batch.polls().get() : batch.polls().getAndIncrement();
        return statuses.get(Math.min(step, statuses.size() - 1));
    }

    /** Cancels a running batch; false when there is no such batch or it has ended. */
    boolean cancel(FakeBatch batch) {
        int step = batch.polls().get();
        boolean running = step < statuses.size() - 1 || !ended(statuses.getLast());
        return running && batch.cancelPolls().compareAndSet(-1, 0);
    }

    /** Whether a status word ends a batch. */
    abstract boolean ended(String status);

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
        Answer answer = answer(exchange.getRequestMethod(), path, exchange.getRequestURI().getQuery(), body);
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

    abstract Answer answer(String method, String path, String query, String body);

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
