package dev.dakora.fault;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The gateway's HTTP API as the fault tests use it, with an API key on every request. */
final class DakoraApi {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static final HttpClient PROBES = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int port;
    private final String base;
    private final String key;

    DakoraApi(int port, String key) {
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
        this.key = key;
    }

    /** Whether the gateway answers its readiness probe with 200. */
    boolean ready() {
        return ready(port);
    }

    /** Whether the process serving health on {@code port} answers its readiness probe with 200 (UP). */
    static boolean ready(int port) {
        return readiness(port) == 200;
    }

    /** The status of the readiness probe on {@code port}, 0 when nothing answers. */
    static int readiness(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            return PROBES.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    void createTemplate(String json) throws IOException {
        HttpResponse<String> response = send(request("/api/templates").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IOException("template not created: " + response.statusCode() + " " + response.body());
        }
    }

    String submitCsvBatch(String templateId, List<String> models, String csv) throws IOException {
        String query = "?template_id=" + encode(templateId) + "&models=" + encode(String.join(",", models));
        JsonNode accepted = expect(202, send(request("/api/batches" + query).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv))));
        return accepted.path("batch_id").asString();
    }

    /** Stores the next version of dataset {@code name} from a CSV checked against the template's inputs. */
    void uploadDataset(String name, String templateId, String csv) throws IOException {
        expect(201, send(request("/api/datasets/" + encode(name) + "/versions?template_id=" + encode(templateId))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv))));
    }

    /** Submits an experiment file (JSON); the accepted experiment, {@code queued}, with each column's batch. */
    JsonNode submitExperiment(String json) throws IOException {
        return expect(202, send(request("/api/experiments").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))));
    }

    JsonNode experiment(String experimentId) throws IOException {
        return expect(200, send(request("/api/experiments/" + encode(experimentId)).GET()));
    }

    /** Every result row of an experiment, page by page, in grid order. */
    List<JsonNode> experimentResults(String experimentId) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        String cursor = null;
        do {
            String path = "/api/experiments/" + encode(experimentId) + "/results?limit=1000" + (cursor == null ? "" : "&cursor=" + encode(cursor));
            JsonNode page = expect(200, send(request(path).GET()));
            page.path("items").forEach(rows::add);
            cursor = page.path("next_cursor").isString() ? page.path("next_cursor").asString() : null;
        } while (cursor != null);
        return rows;
    }

    JsonNode batch(String batchId) throws IOException {
        return expect(200, send(request("/api/batches/" + encode(batchId)).GET()));
    }

    JsonNode batchResults(String batchId) throws IOException {
        return expect(200, send(request("/api/batches/" + encode(batchId) + "/results?format=json").GET()));
    }

    JsonNode job(String jobId) throws IOException {
        return expect(200, send(request("/api/jobs/" + encode(jobId)).GET()));
    }

    /** Every execution log row of a batch, page by page. */
    List<JsonNode> executions(String batchId) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        String cursor = null;
        do {
            String path = "/api/executions?limit=1000&batch_id=" + encode(batchId) + (cursor == null ? "" : "&cursor=" + encode(cursor));
            JsonNode page = expect(200, send(request(path).GET()));
            page.path("items").forEach(rows::add);
            cursor = page.path("next_cursor").isString() ? page.path("next_cursor").asString() : null;
        } while (cursor != null);
        return rows;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).header("X-API-Key", key);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static JsonNode expect(int status, HttpResponse<String> response) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException(response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
