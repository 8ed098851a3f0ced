package dev.dakora.llm.lane;

import dev.dakora.common.event.ModelCallCompleted;

/** Where call results go: {@code dakora.call-results}; returns once the result is stored. */
@FunctionalInterface
public interface ResultSink {

    void publish(ModelCallCompleted result) throws InterruptedException;
}
