package dev.dakora.testsupport;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Shares of requests the {@link FakeOpenAiProvider} refuses at random: 429 first, then 500. */
record RandomFaults(double rateLimited, double serverErrors) {

    static final RandomFaults NONE = new RandomFaults(0, 0);

    RandomFaults {
        if (rateLimited < 0 || serverErrors < 0 || rateLimited + serverErrors > 1) {
            throw new IllegalArgumentException("shares must be in [0, 1] and add up to at most 1");
        }
    }

    Optional<Reply> draw() {
        if (this.equals(NONE)) {
            return Optional.empty();
        }
        double draw = ThreadLocalRandom.current().nextDouble();
        if (draw < rateLimited) {
            return Optional.of(Reply.error(429, "Rate limit reached", "requests"));
        }
        if (draw < rateLimited + serverErrors) {
            return Optional.of(Reply.error(500, "The server had an error", "server_error"));
        }
        return Optional.empty();
    }
}
