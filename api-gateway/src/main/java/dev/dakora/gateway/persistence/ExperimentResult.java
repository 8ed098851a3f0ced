package dev.dakora.gateway.persistence;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** One scored call of an experiment, as its results page shows it, with its dataset row's inputs and expected output. */
@Schema(name = "ExperimentResult", description = "One scored call; inputs and expected are the dataset row's.",
        requiredProperties = {"row", "version", "model", "sample", "call_id", "succeeded", "passed", "score"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExperimentResult(int row, String version, String model, int sample, String callId, boolean succeeded,
                               boolean passed, double score, @Schema(nullable = true) String output,
                               @Schema(nullable = true) String error, long latencyMs, long tokensIn, long tokensOut,
                               @Schema(nullable = true) BigDecimal costUsd, BigDecimal judgeCostUsd,
                               @Schema(description = "The dataset row's inputs (open values).", nullable = true)
                               Map<String, Object> inputs,
                               @Schema(nullable = true) String expected,
                               List<AssertionOutcome> assertions) {

    /** One assertion's verdict on the call, as the scorer stored it. */
    @Schema(name = "ExperimentAssertionResult", requiredProperties = {"type", "passed", "score", "weight"})
    public record AssertionOutcome(String type, boolean passed, double score, double weight,
                                   @Schema(nullable = true) String reason) {
    }

    /** Where this result stands in grid order: the cursor of the page it ends. */
    public ResultPosition position() {
        return new ResultPosition(row, version, model, sample);
    }
}
