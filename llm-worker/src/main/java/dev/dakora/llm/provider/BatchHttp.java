package dev.dakora.llm.provider;

import dev.dakora.llm.lane.BatchApiException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Requests to the providers' batch APIs over the JDK client: JSON in and out, or text (JSON Lines). A
 * non-2xx answer or no answer is a {@link BatchApiException} whose message carries the provider's
 * {@code error.message} with any key removed.
 */
final class BatchHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client;
    private final Duration timeout;

    BatchHttp(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    JsonNode json(String method, String url, List<String> headers, HttpRequest.BodyPublisher body, String apiKey)
            throws InterruptedException {
        return JSON.readTree(text(method, url, headers, body, apiKey));
    }

    String text(String method, String url, List<String> headers, HttpRequest.BodyPublisher body, String apiKey)
            throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new BatchApiException("no answer from " + URI.create(url).getHost() + ": "
                    + Redaction.redact(String.valueOf(e.getMessage()), apiKey), true);
        }
        if (response.statusCode() < 200 || response.statusCode() >= 300) {
            throw BatchApiException.ofStatus(response.statusCode(), Redaction.redact(message(response.body()), apiKey));
        }
        return response.body();
    }

    /** The provider's {@code error.message} (OpenAI and Anthropic both answer so), else the body's start. */
    private static String message(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            if (error.path("message").isString()) {
                return error.path("message").asString();
            }
        } catch (RuntimeException notJson) {
            // the body as it is, cut short
        }
        return body == null ? "" : body.substring(0, Math.min(200, body.length()));
    }

    static String trimmed(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
