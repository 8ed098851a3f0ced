package dev.dakora.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAI-compatible chat completions endpoint ({@code POST <baseUrl>/chat/completions}) on 127.0.0.1.
 * Answers with the replies scripted by {@link #then}, in order, then with the default: by default a
 * completion "answer from &lt;model&gt;" with {@value #PROMPT_TOKENS} prompt and {@value #COMPLETION_TOKENS}
 * completion tokens. Options: a latency before every answer, a share of random 429s and 500s, a required
 * bearer key (401 otherwise). Records every request ({@link Request}), including the status it got.
 */
public final class FakeOpenAiProvider implements AutoCloseable {

    public static final int PROMPT_TOKENS = 12;
    public static final int COMPLETION_TOKENS = 7;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        // the JDK server closes pooled connections beyond 200 by default, which clients see as resets
        System.setProperty("sun.net.httpserver.maxIdleConnections", "10000");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Function<Request, Reply> fallback = request -> Reply.answerFrom(request.model());
    private volatile Duration latency = Duration.ZERO;
    private volatile RandomFaults faults = RandomFaults.NONE;
    private volatile String requiredKey;
    private volatile boolean recording = true;
    private final AtomicLong answered = new AtomicLong();

    private FakeOpenAiProvider(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 4096);
        server.setExecutor(executor);
        server.createContext("/v1/chat/completions", this::answer);
        server.start();
    }

    /** Starts on a free port. */
    public static FakeOpenAiProvider start() throws IOException {
        return new FakeOpenAiProvider(0);
    }

    public static FakeOpenAiProvider start(int port) throws IOException {
        return new FakeOpenAiProvider(port);
    }

    /** The OpenAI base URL, ending in {@code /v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The next unscripted request gets {@code reply}. */
    public FakeOpenAiProvider then(Reply reply) {
        script.add(reply);
        return this;
    }

    public FakeOpenAiProvider otherwise(Reply reply) {
        return otherwiseFor(request -> reply);
    }

    /** Answers every request not scripted with a reply of {@code replies}, asked anew each time. */
    public FakeOpenAiProvider otherwise(Supplier<Reply> replies) {
        return otherwiseFor(request -> replies.get());
    }

    /** Answers every request not scripted with the reply {@code replies} gives for it. */
    public FakeOpenAiProvider otherwiseFor(Function<Request, Reply> replies) {
        fallback = replies;
        return this;
    }

    /** Waits {@code wait} before every answer, on top of a reply's own delay. */
    public FakeOpenAiProvider latency(Duration wait) {
        latency = wait;
        return this;
    }

    /** Answers a random share of requests with 429 (no {@code Retry-After}) and another share with 500. */
    public FakeOpenAiProvider randomFaults(double rateLimitedShare, double serverErrorShare) {
        faults = new RandomFaults(rateLimitedShare, serverErrorShare);
        return this;
    }

    /** Answers 401 {@code invalid_api_key} to a request whose bearer key is not {@code key}. */
    public FakeOpenAiProvider requireKey(String key) {
        requiredKey = key;
        return this;
    }

    /** The only bearer key accepted ({@link #requireKey}), or {@code null} when any key is. */
    public String acceptedKey() {
        return requiredKey;
    }

    /** Keeps no request (for long load runs: memory stays flat); {@link #answered()} still counts them. */
    public FakeOpenAiProvider withoutRecording() {
        recording = false;
        return this;
    }

    /** How many requests were answered (counted as their answer starts, so never after the caller has it). */
    public long answered() {
        return answered.get();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** How many requests had a first message containing {@code text}. */
    public long requestsContaining(String text) {
        return requests.stream().filter(request -> request.prompt().contains(text)).count();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Request request = parse(exchange.getRequestHeaders().getFirst("Authorization"), body);
            if (recording) {
                requests.add(request);
            }
            Reply reply = choose(request);
            Thread.sleep(latency.plus(reply.delay()));
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            request.decided(reply.status());
            answered.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
            request.written();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException callerGone) {
            // the caller gave up or was killed: nothing to answer
        }
    }

    private Reply choose(Request request) {
        if (requiredKey != null && !("Bearer " + requiredKey).equals(request.authorization())) {
            return Reply.error(401, "Incorrect API key provided", "invalid_request_error");
        }
        Reply scripted = script.poll();
        return scripted != null ? scripted : faults.draw().orElseGet(() -> fallback.apply(request));
    }

    private static Request parse(String authorization, String body) {
        String model = "";
        String prompt = "";
        try {
            JsonNode json = JSON.readTree(body);
            model = json.path("model").asString("");
            prompt = json.path("messages").path(0).path("content").asString("");
        } catch (RuntimeException notJson) {
            // recorded with its raw body only
        }
        return new Request(authorization, body, model, prompt);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
