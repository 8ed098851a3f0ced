package dev.dakora.client;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;

/**
 * HTTP to one Dakora server: adds the API key, sends JSON, reads JSON, and turns every failure into
 * a {@link DakoraException}. Each call is asynchronous; {@link #await} is the blocking form.
 */
final class Transport {

    static final String JSON = "application/json";

    private final HttpClient http;
    private final URI base;
    private final String apiKey;
    private final Duration timeout;

    Transport(HttpClient http, URI base, String apiKey, Duration timeout) {
        this.http = http;
        this.base = base;
        this.apiKey = apiKey;
        this.timeout = timeout;
    }

    URI base() {
        return base;
    }

    String apiKey() {
        return apiKey;
    }

    HttpClient http() {
        return http;
    }

    <T> CompletableFuture<T> json(String method, String path, Object body, TypeReference<T> type) {
        return json(method, path, body, Map.of()).thenApply(text -> Json.MAPPER.readValue(text, type));
    }

    <T> CompletableFuture<T> json(String method, String path, Object body, Class<T> type) {
        return json(method, path, body, Map.of()).thenApply(text -> Json.MAPPER.readValue(text, type));
    }

    CompletableFuture<String> json(String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(body));
        return send(method, path, publisher, body == null ? null : JSON, headers);
    }

    CompletableFuture<String> send(String method, String path, HttpRequest.BodyPublisher body, String contentType,
                                   Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Accept", "application/json, application/problem+json, */*")
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        headers.forEach(request::header);
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .handle((response, failure) -> {
                    if (failure != null) {
                        throw new CompletionException(unwrap(failure) instanceof DakoraException known ? known
                                : new ConnectionException(base, unwrap(failure)));
                    }
                    if (response.statusCode() >= 400) {
                        throw new CompletionException(Problems.from(response));
                    }
                    return response.body();
                });
    }

    static String path(String format, Object... parts) {
        Object[] encoded = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            encoded[i] = encode(String.valueOf(parts[i]));
        }
        return String.format(format, encoded);
    }

    static String query(Map<String, String> params) {
        return params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Waits for an asynchronous call and throws what it failed with, as the blocking methods do. */
    static <T> T await(CompletableFuture<T> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new DakoraException(0, String.valueOf(cause.getMessage()), null, cause);
        }
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof java.util.concurrent.ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
