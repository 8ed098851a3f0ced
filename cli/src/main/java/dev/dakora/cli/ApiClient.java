package dev.dakora.cli;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** JSON over HTTP to a Dakora server; answers that are not 2xx become a {@link CliException} with the server's detail. */
final class ApiClient {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final Optional<String> apiKey;

    ApiClient(String baseUrl, Optional<String> apiKey) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey;
    }

    JsonNode get(String path) {
        return json(send(request(path).GET()));
    }

    String getText(String path) {
        return send(request(path).GET());
    }

    JsonNode post(String path, Object body) {
        return json(send(request(path).header("Content-Type", "application/json").POST(bodyOf(body))));
    }

    JsonNode postText(String path, String contentType, String body) {
        return json(send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    JsonNode put(String path, Object body) {
        return json(send(request(path).header("Content-Type", "application/json").PUT(bodyOf(body))));
    }

    void delete(String path) {
        send(request(path).DELETE());
    }

    String baseUrl() {
        return baseUrl;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, "Not a valid server URL: " + baseUrl + " (expected e.g. http://localhost:54321)");
        }
        builder.timeout(Duration.ofSeconds(150)).header("Accept", "application/json, */*");
        apiKey.ifPresent(key -> builder.header("X-API-Key", key));
        return builder;
    }

    private String send(HttpRequest.Builder builder) {
        HttpResponse<String> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw unreachable();
        } catch (IOException e) {
            throw e.getCause() instanceof ConnectException ? unreachable()
                    : new CliException(ExitCodes.SERVER, "The connection to " + baseUrl + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCodes.OTHER, "Interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            throw Problems.toException(response.statusCode(), response.body(), apiKey.isPresent());
        }
        return response.body();
    }

    private CliException unreachable() {
        return new CliException(ExitCodes.SERVER, "Cannot reach the Dakora server at " + baseUrl
                + ". Start it with ./dakora (or ./dakora start --detach), or point --url / DAKORA_URL at a running one.");
    }

    private static HttpRequest.BodyPublisher bodyOf(Object body) {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    }

    private static JsonNode json(String body) {
        if (body == null || body.isBlank()) {
            return JsonNodeFactory.instance.nullNode();
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw new CliException(ExitCodes.SERVER, "The server answered something that is not JSON: "
                    + body.substring(0, Math.min(200, body.length())));
        }
    }
}
