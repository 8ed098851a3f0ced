package dev.dakora.gateway.persistence;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** One page of datasets, newest first; {@code nextCursor} is null on the last page. */
@Schema(name = "DatasetPage", requiredProperties = {"items", "next_cursor"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DatasetPage(List<DatasetSummary> items, @Schema(nullable = true) String nextCursor) {

    public DatasetPage {
        items = List.copyOf(items);
    }
}
