package dev.dakora.testsupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One request as the {@link FakeOpenAiProvider} saw it: when it arrived, its {@code Authorization} header, raw
 * body, model and first message; then the status it was answered with and when the answer was written
 * ({@code 0} until then, and for good when the caller went away first).
 */
public final class Request {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final long arrivedNanos = System.nanoTime();
    private final String authorization;
    private final String body;
    private final String model;
    private final String prompt;
    private volatile int status;
    private volatile long answeredNanos;

    Request(String authorization, String body, String model, String prompt) {
        this.authorization = authorization;
        this.body = body;
        this.model = model;
        this.prompt = prompt;
    }

    /** A chat completions request: its model and first message read from the body (left empty when it is not JSON). */
    static Request read(String authorization, String body) {
        String model = "";
        String prompt = "";
        try {
            JsonNode json = JSON.readTree(body);
            model = json.path("model").asString("");
            prompt = json.path("messages").path(0).path("content").asString("");
        } catch (RuntimeException notJson) {
            // recorded with its raw body only
        }
        return new Request(authorization, body, model, prompt);
    }

    public long arrivedNanos() {
        return arrivedNanos;
    }

    public String authorization() {
        return authorization;
    }

    public String body() {
        return body;
    }

    public String model() {
        return model;
    }

    public String prompt() {
        return prompt;
    }

    public int status() {
        return status;
    }

    public long answeredNanos() {
        return answeredNanos;
    }

    public boolean arrivedBefore(long instant) {
        return arrivedNanos < instant;
    }

    public boolean answeredBefore(long instant) {
        return answeredNanos != 0 && answeredNanos < instant;
    }

    void decided(int decidedStatus) {
        status = decidedStatus;
    }

    void written() {
        answeredNanos = System.nanoTime();
    }
}
