package dev.dakora.standalone;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON client for the standalone's HTTP API. */
final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Map<String, String> headers;

    Http(int port, Map<String, String> headers) {
        this.base = "http://127.0.0.1:" + port;
        this.headers = Map.copyOf(headers);
    }

    Response get(String path) throws Exception {
        return send(request(path).GET());
    }

    Response post(String path, Object body) throws Exception {
        return post(path, body, Map.of());
    }

    Response post(String path, Object body, Map<String, String> extraHeaders) throws Exception {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        extraHeaders.forEach(request::header);
        return send(request);
    }

    /** The {@code ws://} address of a path on the same server. */
    URI webSocket(String path) {
        return URI.create(base.replace("http://", "ws://") + path);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(builder::header);
        return builder;
    }

    private Response send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    record Response(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
