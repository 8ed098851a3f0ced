package dev.dakora.llm.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * An OpenAI-compatible chat completions endpoint on 127.0.0.1 and a free port. Answers with the scripted
 * replies in order, then with the default reply; records when each request arrived and its headers.
 */
public final class FakeOpenAiServer implements AutoCloseable {

    /** One scripted answer. */
    public record Reply(int status, String body, Map<String, String> headers, Duration delay) {

        public static Reply ok(String content, int promptTokens, int completionTokens) {
            return new Reply(200, completion(content, promptTokens, completionTokens), Map.of(), Duration.ZERO);
        }

        public static Reply error(int status, String message) {
            return new Reply(status, "{\"error\":{\"message\":\"" + message + "\",\"type\":\"test\"}}", Map.of(), Duration.ZERO);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> all = new java.util.HashMap<>(headers);
            all.put(name, value);
            return new Reply(status, body, all, delay);
        }

        public Reply after(Duration wait) {
            return new Reply(status, body, headers, wait);
        }
    }

    /** A request as the server saw it. */
    public record Seen(long arrivedNanos, String authorization, String body) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile Supplier<Reply> fallback = () -> Reply.ok("hello from the fake", 10, 5);

    static {
        // the JDK server closes pooled connections beyond 200 by default, which clients see as resets
        System.setProperty("sun.net.httpserver.maxIdleConnections", "10000");
    }

    public FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setExecutor(executor);
        server.createContext("/v1/chat/completions", this::answer);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public FakeOpenAiServer then(Reply reply) {
        script.add(reply);
        return this;
    }

    public FakeOpenAiServer otherwise(Reply reply) {
        fallback = () -> reply;
        return this;
    }

    /** Answers every request not scripted with a reply of {@code replies}, asked anew each time. */
    public FakeOpenAiServer otherwise(Supplier<Reply> replies) {
        fallback = replies;
        return this;
    }

    public List<Seen> requests() {
        return new ArrayList<>(seen);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            seen.add(new Seen(System.nanoTime(), exchange.getRequestHeaders().getFirst("Authorization"), body));
            Reply reply = script.poll();
            reply = reply == null ? fallback.get() : reply;
            if (reply.delay().isPositive()) {
                Thread.sleep(reply.delay());
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the client gave up (timeout): nothing to answer
        }
    }

    static String completion(String content, int promptTokens, int completionTokens) {
        return """
                {"id":"chatcmpl-test","object":"chat.completion","created":1700000000,"model":"gpt-4o-mini",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d}}
                """.formatted(content, promptTokens, completionTokens, promptTokens + completionTokens);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
