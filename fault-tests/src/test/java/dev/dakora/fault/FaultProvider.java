package dev.dakora.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAI-compatible chat completions endpoint on 127.0.0.1 and a free port that answers after a fixed
 * latency, refuses a share of requests with 429 and another with 500, and counts the requests it received
 * per (model, prompt): a prompt is unique per batch row, so that pair names one model call.
 */
final class FaultProvider implements AutoCloseable {

    static final int PROMPT_TOKENS = 12;
    static final int COMPLETION_TOKENS = 7;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ROW = Pattern.compile(" row r(\\d+):");
    /** A judge prompt (the built-in judge template): the graded answer names its model, the inputs its row. */
    private static final Pattern JUDGED = Pattern.compile("(?s)^You are grading.*\n- row: r(\\d+)\n.*<answer>\nanswer from (\\S+)\n</answer>");

    static {
        // the JDK server closes pooled connections beyond 200 by default, which clients see as resets
        System.setProperty("sun.net.httpserver.maxIdleConnections", "10000");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Duration latency;
    private final double rateLimited;
    private final double failing;
    private final Map<String, List<Request>> requests = new ConcurrentHashMap<>();

    /** One request: when it arrived, the status it was answered with, and when the answer was written (0: never). */
    static final class Request {

        final long arrived = System.nanoTime();
        volatile int status;
        volatile long answered;

        boolean arrivedBefore(long instant) {
            return arrived < instant;
        }

        boolean answeredBefore(long instant) {
            return answered != 0 && answered < instant;
        }
    }

    FaultProvider(Duration latency, double rateLimited, double failing) throws IOException {
        this.latency = latency;
        this.rateLimited = rateLimited;
        this.failing = failing;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setExecutor(executor);
        server.createContext("/v1/chat/completions", this::answer);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Requests received for a model whose prompt contains {@code marker}. */
    long requestsContaining(String marker) {
        return requests.entrySet().stream().filter(entry -> entry.getKey().contains(marker))
                .mapToLong(entry -> entry.getValue().size()).sum();
    }

    /**
     * Requests received per call of the prompts containing {@code marker}, keyed by {@link #callKey}: the model
     * id as the provider sees it (without {@code provider/}) and the row the prompt names.
     */
    Map<String, List<Request>> requestsPerCall(String marker) {
        Map<String, List<Request>> perCall = new HashMap<>();
        requests.forEach((key, received) -> {
            Matcher row = ROW.matcher(key);
            if (key.contains(marker) && row.find() && !JUDGED.matcher(prompt(key)).find()) {
                synchronized (received) {
                    perCall.computeIfAbsent(callKey(key.substring(0, key.indexOf('\n')), Integer.parseInt(row.group(1))),
                            any -> new ArrayList<>()).addAll(received);
                }
            }
        });
        return perCall;
    }

    /**
     * Requests received per judge call of the prompts containing {@code marker}, keyed by {@link #callKey} of
     * the call it grades: the graded model (as the provider saw it) and the row.
     */
    Map<String, List<Request>> judgeRequestsPerCall(String marker) {
        Map<String, List<Request>> perCall = new HashMap<>();
        requests.forEach((key, received) -> {
            Matcher judged = JUDGED.matcher(prompt(key));
            if (key.contains(marker) && judged.find()) {
                synchronized (received) {
                    perCall.computeIfAbsent(callKey(judged.group(2), Integer.parseInt(judged.group(1))),
                            any -> new ArrayList<>()).addAll(received);
                }
            }
        });
        return perCall;
    }

    /**
     * The judge's deterministic verdict on a row: every third row (0, 3, 6, ...) scores 0.2 (below the default
     * threshold), the others 0.9.
     */
    static double verdict(int row) {
        return row % 3 == 0 ? 0.2 : 0.9;
    }

    private static String prompt(String key) {
        return key.substring(key.indexOf('\n') + 1);
    }

    static String callKey(String model, int row) {
        return model.substring(model.indexOf('/') + 1) + " row " + row;
    }

    double errorRate() {
        return rateLimited + failing;
    }

    Duration latency() {
        return latency;
    }

    /** The largest number of requests received for one (model, prompt) whose prompt contains {@code marker}. */
    long mostRequestsForOneCall(String marker) {
        return requests.entrySet().stream().filter(entry -> entry.getKey().contains(marker))
                .mapToLong(entry -> entry.getValue().size()).max().orElse(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            JsonNode request = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            String model = request.path("model").asString("");
            String prompt = request.path("messages").path(0).path("content").asString("");
            Request received = new Request();
            requests.computeIfAbsent(model + "\n" + prompt, key -> Collections.synchronizedList(new ArrayList<>())).add(received);
            Thread.sleep(latency);
            double draw = ThreadLocalRandom.current().nextDouble();
            int status = draw < rateLimited ? 429 : draw < rateLimited + failing ? 500 : 200;
            String body = switch (status) {
                case 429 -> "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}";
                case 500 -> "{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}";
                default -> completion(model, prompt);
            };
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            received.status = status;
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
            received.answered = System.nanoTime();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException callerGone) {
            // the worker was killed or gave up: nothing to answer
        }
    }

    /** {@code answer from <model>}, or to a judge prompt its verdict as the judge template asks for it. */
    private static String completion(String model, String prompt) {
        Matcher judged = JUDGED.matcher(prompt);
        String content = judged.find()
                ? "{\\\"score\\\": " + verdict(Integer.parseInt(judged.group(1))) + ", \\\"reason\\\": \\\"row r" + judged.group(1) + "\\\"}"
                : "answer from " + model;
        return """
                {"id":"chatcmpl-fault","object":"chat.completion","created":1700000000,"model":"%s",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d}}
                """.formatted(model, content, PROMPT_TOKENS, COMPLETION_TOKENS, PROMPT_TOKENS + COMPLETION_TOKENS);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
