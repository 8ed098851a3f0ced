package dev.dakora.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A tiny HTTP server answering recorded shapes of the API, one queue of answers per "METHOD /path", recording requests. */
final class StubServer implements AutoCloseable {

    record Answer(int status, String contentType, String body) {
    }

    record Request(String method, String pathAndQuery, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final Map<String, Deque<Answer>> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    StubServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers the next request to {@code "GET /api/templates"} (path without query); the last answer repeats. */
    StubServer on(String methodAndPath, int status, String body) {
        String type = status >= 400 ? "application/problem+json" : "application/json";
        answers.computeIfAbsent(methodAndPath, key -> new ArrayDeque<>()).add(new Answer(status, type, body));
        return this;
    }

    List<Request> requests() {
        return requests;
    }

    Request only(String method) {
        return requests.stream().filter(r -> r.method().equals(method)).reduce((a, b) -> {
            throw new AssertionError("more than one " + method + ": " + requests);
        }).orElseThrow(() -> new AssertionError("no " + method + " request: " + requests));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(new Request(exchange.getRequestMethod(), query == null ? path : path + "?" + query,
                Map.copyOf(exchange.getRequestHeaders()), body));
        Deque<Answer> queue = answers.get(exchange.getRequestMethod() + " " + path);
        Answer answer = queue == null ? new Answer(404, "application/problem+json",
                "{\"status\":404,\"detail\":\"no stub for " + path + "\"}")
                : queue.size() > 1 ? queue.poll() : queue.peek();
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
