package dev.dakora.evaluation.assertion;

import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.value.Values;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What one evaluated call produced, and what it is checked against.
 *
 * @param output    the model's answer; {@code ""} for a call that failed
 * @param expected  the dataset row's expected output, {@code null} when it has none
 * @param inputs    the row's inputs, as the template saw them
 * @param costUsd   {@code null} when the model has no price
 * @param error     {@code null} for a call that succeeded; otherwise every assertion fails with it
 */
public record EvalInput(String output, String expected, Map<String, Object> inputs, long latencyMs, BigDecimal costUsd,
                        String error) {

    public EvalInput {
        output = output == null ? "" : output;
        inputs = inputs == null ? Map.of() : Values.normalizeMap(inputs);
        if (latencyMs < 0) {
            throw new IllegalArgumentException("latency_ms must not be negative");
        }
    }

    public static EvalInput of(String output, String expected) {
        return new EvalInput(output, expected, Map.of(), 0, null, null);
    }

    /** The input for a finished pipeline call, checked against {@code expected}. */
    public static EvalInput of(ModelCallCompleted call, String expected) {
        return new EvalInput(call.succeeded() ? call.output() : "", expected, call.inputs(), call.latencyMs(),
                call.costUsd(), call.succeeded() ? null : call.error());
    }

    public boolean failed() {
        return error != null;
    }
}
