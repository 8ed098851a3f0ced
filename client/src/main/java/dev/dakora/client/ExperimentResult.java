package dev.dakora.client;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One scored call of an experiment's grid: dataset row {@code row} (from 1) with {@code version} on
 * {@code model}, sample {@code sample}, with the row's inputs and expected output and each assertion's
 * outcome ({@code type, passed, score, weight, reason}).
 */
public record ExperimentResult(int row, String version, String model, int sample, String callId, boolean succeeded,
                               boolean passed, double score, String output, String error, long latencyMs, long tokensIn,
                               long tokensOut, BigDecimal costUsd, BigDecimal judgeCostUsd, Map<String, Object> inputs,
                               String expected, List<Map<String, Object>> assertions) {

    public ExperimentResult {
        inputs = inputs == null ? Map.of() : inputs;
        assertions = assertions == null ? List.of() : assertions;
    }
}
