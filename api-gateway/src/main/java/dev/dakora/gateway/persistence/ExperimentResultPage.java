package dev.dakora.gateway.persistence;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** One page of an experiment's results in grid order; {@code nextCursor} is null on the last page. */
@Schema(name = "ExperimentResultPage", requiredProperties = {"items", "next_cursor"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExperimentResultPage(List<ExperimentResult> items, @Schema(nullable = true) String nextCursor) {

    /** From {@code limit + 1} results read: the extra one only says that another page exists. */
    public static ExperimentResultPage of(List<ExperimentResult> read, int limit) {
        if (read.size() <= limit) {
            return new ExperimentResultPage(read, null);
        }
        List<ExperimentResult> items = read.subList(0, limit);
        return new ExperimentResultPage(items, items.getLast().position().encode());
    }
}
