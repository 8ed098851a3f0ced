package dev.dakora.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAI-compatible chat completions endpoint on 127.0.0.1 and a free port. A request bearing the
 * accepted key gets an answer with fixed usage ({@value #PROMPT_TOKENS} prompt and
 * {@value #COMPLETION_TOKENS} completion tokens); any other key gets 401. Models whose id starts with
 * {@code slow} are answered after {@link #SLOW}. Every request is recorded with its model and prompt.
 */
final class FakeProvider implements AutoCloseable {

    static final int PROMPT_TOKENS = 12;
    static final int COMPLETION_TOKENS = 7;
    static final Duration SLOW = Duration.ofMillis(100);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Seen(String model, String prompt, int status) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final String acceptedKey;
    private final ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();

    static {
        // the JDK server closes pooled connections beyond 200 by default, which clients see as resets
        System.setProperty("sun.net.httpserver.maxIdleConnections", "10000");
    }

    FakeProvider(String acceptedKey) throws IOException {
        this.acceptedKey = acceptedKey;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setExecutor(executor);
        server.createContext("/v1/chat/completions", this::answer);
        server.start();
    }

    /** The only key the provider accepts. */
    String acceptedKey() {
        return acceptedKey;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    List<Seen> requests() {
        return List.copyOf(seen);
    }

    long requestsWithPromptContaining(String text) {
        return seen.stream().filter(request -> request.prompt().contains(text)).count();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            JsonNode request = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            String model = request.path("model").asString("");
            String prompt = request.path("messages").path(0).path("content").asString("");
            boolean authorized = ("Bearer " + acceptedKey).equals(exchange.getRequestHeaders().getFirst("Authorization"));
            seen.add(new Seen(model, prompt, authorized ? 200 : 401));
            if (authorized && model.startsWith("slow")) {
                Thread.sleep(SLOW);
            }
            byte[] body = (authorized ? completion(model) : refusal()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(authorized ? 200 : 401, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the worker stopped waiting (it was stopped or timed out): nothing to answer
        }
    }

    private static String completion(String model) {
        return """
                {"id":"chatcmpl-fake","object":"chat.completion","created":1700000000,"model":"%s",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"answer from %s"},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d}}
                """.formatted(model, model, PROMPT_TOKENS, COMPLETION_TOKENS, PROMPT_TOKENS + COMPLETION_TOKENS);
    }

    private static String refusal() {
        return "{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\","
                + "\"code\":\"invalid_api_key\"}}";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
