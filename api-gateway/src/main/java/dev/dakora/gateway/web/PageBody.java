package dev.dakora.gateway.web;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** One page of a list: {@code {"items":[...],"next_cursor":"..."|null}}; the cursor is null on the last page. */
@Schema(requiredProperties = {"items", "next_cursor"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record PageBody<T>(List<T> items, @Schema(nullable = true) String nextCursor) {
}
