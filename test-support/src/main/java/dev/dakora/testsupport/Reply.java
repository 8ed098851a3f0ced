package dev.dakora.testsupport;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** One answer of the {@link FakeOpenAiProvider}: status, JSON body, extra headers, and how long to wait before it. */
public record Reply(int status, String body, Map<String, String> headers, Duration delay) {

    public Reply {
        headers = Map.copyOf(headers);
    }

    /** The default answer: "answer from &lt;model&gt;" with 12 prompt and 7 completion tokens. */
    public static Reply answerFrom(String model) {
        return ok(model, "answer from " + model, FakeOpenAiProvider.PROMPT_TOKENS, FakeOpenAiProvider.COMPLETION_TOKENS);
    }

    /** A chat completion with {@code content} and the given usage. */
    public static Reply ok(String content, int promptTokens, int completionTokens) {
        return ok("gpt-4o-mini", content, promptTokens, completionTokens);
    }

    /** A chat completion naming {@code model}, with {@code content} and the given usage. */
    public static Reply ok(String model, String content, int promptTokens, int completionTokens) {
        String body = """
                {"id":"chatcmpl-fake","object":"chat.completion","created":1700000000,"model":"%s",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d}}
                """.formatted(model, content, promptTokens, completionTokens, promptTokens + completionTokens);
        return new Reply(200, body, Map.of(), Duration.ZERO);
    }

    /** An OpenAI error body with {@code status}. */
    public static Reply error(int status, String message) {
        return error(status, message, "test");
    }

    public static Reply error(int status, String message, String type) {
        return new Reply(status, "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\"}}", Map.of(), Duration.ZERO);
    }

    /** 429 with {@code Retry-After} in whole seconds. */
    public static Reply rateLimited(Duration retryAfter) {
        return error(429, "Rate limit reached", "requests").withHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
    }

    public Reply withHeader(String name, String value) {
        Map<String, String> all = new HashMap<>(headers);
        all.put(name, value);
        return new Reply(status, body, all, delay);
    }

    /** The same answer, written after {@code wait}. */
    public Reply after(Duration wait) {
        return new Reply(status, body, headers, wait);
    }
}
