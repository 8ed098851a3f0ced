package dev.dakora.standalone;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The warm-up's requests to the gateway over loopback HTTP, the path a client's requests take: the
 * scratch template created, synchronous compares on {@code echo} one after another, the template
 * deleted. Sends the admin key when one is given (keys required).
 */
final class WarmUpRequests {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final String TEMPLATE = """
            {"id": "%s", "description": "standalone warm-up (removed when the warm-up ends)",
             "template": "Hello {{ name | title }}!\\n{%% for item in items %%}- {{ loop.index }}. {{ item | upper }}\\n{%% endfor %%}",
             "inputs": {"name": {"type": "string"}, "items": {"type": "array<string>", "required": false, "default": []}}}
            """;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String adminKey;
    private int answered;

    WarmUpRequests(int port, String adminKey) {
        this.base = "http://127.0.0.1:" + port + "/api/templates";
        this.adminKey = adminKey;
    }

    void createTemplate(String id) throws IOException, InterruptedException {
        expect(send(request("").POST(HttpRequest.BodyPublishers.ofString(TEMPLATE.formatted(id)))), 201);
    }

    /**
     * Sends up to {@code count} compares, one at a time, until {@code stop} is true or {@code deadline}
     * (a {@link System#nanoTime()}) passes; the first that does not answer 200 ends them with an exception.
     */
    void compares(String id, int count, long deadline, BooleanSupplier stop) throws IOException, InterruptedException {
        while (answered < count && !stop.getAsBoolean() && System.nanoTime() < deadline) {
            String body = "{\"inputs\": {\"name\": \"row " + answered + "\", \"items\": [\"a\", \"b\"]}, \"models\": [\"echo\"]}";
            expect(send(request("/" + id + "/compare").POST(HttpRequest.BodyPublishers.ofString(body))), 200);
            answered++;
        }
    }

    /** How many compares answered 200 so far. */
    int answered() {
        return answered;
    }

    /** Deletes the template; an unknown one is fine (already deleted). */
    void deleteTemplate(String id) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request("/" + id).DELETE());
        if (response.statusCode() != 404) {
            expect(response, 204);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json");
        return adminKey == null ? request : request.header("X-API-Key", adminKey);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> response, int status) throws IOException {
        if (response.statusCode() != status) {
            String body = response.body();
            throw new IOException(response.request().method() + " " + response.request().uri().getPath() + " answered "
                    + response.statusCode() + ": " + body.substring(0, Math.min(300, body.length())));
        }
    }
}
