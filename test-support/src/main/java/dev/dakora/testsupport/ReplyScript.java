package dev.dakora.testsupport;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * How the {@link FakeOpenAiProvider} chooses each answer: 401 to a wrong key when one is required, else the
 * next scripted reply, else a random fault, else the default for the request.
 */
final class ReplyScript {

    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private volatile Function<Request, Reply> fallback = request -> Reply.answerFrom(request.model());
    private volatile RandomFaults faults = RandomFaults.NONE;
    private volatile String requiredKey;

    void add(Reply reply) {
        script.add(reply);
    }

    void otherwise(Function<Request, Reply> replies) {
        fallback = replies;
    }

    void faults(RandomFaults randomFaults) {
        faults = randomFaults;
    }

    void requireKey(String key) {
        requiredKey = key;
    }

    String requiredKey() {
        return requiredKey;
    }

    Reply choose(Request request) {
        if (requiredKey != null && !("Bearer " + requiredKey).equals(request.authorization())) {
            return Reply.error(401, "Incorrect API key provided", "invalid_request_error");
        }
        Reply scripted = script.poll();
        return scripted != null ? scripted : faults.draw().orElseGet(() -> fallback.apply(request));
    }
}
