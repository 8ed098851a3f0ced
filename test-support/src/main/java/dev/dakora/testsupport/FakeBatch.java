package dev.dakora.testsupport;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A batch as the server holds it: its requests (custom id, prompt), its metadata, when it was created
 * (epoch seconds), how many times it was polled, and how many times since it was cancelled (-1: not).
 */
record FakeBatch(String id, Map<String, String> prompts, Map<String, String> metadata, long createdAt, AtomicInteger polls,
                 AtomicInteger cancelPolls) {
    FakeBatch(String id, Map<String, String> prompts, Map<String, String> metadata) {
        this(id, prompts, metadata, System.currentTimeMillis() / 1000, new AtomicInteger(), new AtomicInteger(-1));
    }

    boolean cancelled() {
        return cancelPolls.get() >= 0;
    }

    /** Whether the request has an answer: any request of a batch that ran, the {@code [done]} ones of a cancelled one. */
    boolean ran(String prompt) {
        return !cancelled() || prompt.contains("[done]");
    }

    /** How a request with {@code prompt} ends: {@code fail}, {@code expire}, {@code drop} or {@code ok}. */
    static String outcome(String prompt) {
        if (prompt.contains("[fail]")) {
            return "fail";
        }
        if (prompt.contains("[expire]")) {
            return "expire";
        }
        return prompt.contains("[drop]") ? "drop" : "ok";
    }
}
