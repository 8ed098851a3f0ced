package dev.dakora.gateway.web;

import dev.dakora.gateway.persistence.ExecutionView;
import dev.dakora.gateway.persistence.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** A page of calls of the execution log, newest first; {@code next_cursor} is null on the last page. */
@Schema(name = "ExecutionPage", requiredProperties = {"items", "next_cursor"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ExecutionPage(List<ExecutionView> items, @Schema(nullable = true) String nextCursor) {

    static ExecutionPage of(Page<ExecutionView> page) {
        return new ExecutionPage(page.items(), page.nextCursor());
    }
}
