package dev.dakora.gateway.experiments;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** One page of experiments, newest first, their columns without aggregates; {@code nextCursor} null on the last page. */
@Schema(name = "ExperimentPage", requiredProperties = {"items", "next_cursor"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExperimentList(List<ExperimentView> items, @Schema(nullable = true) String nextCursor) {
}
