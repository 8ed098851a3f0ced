package dev.dakora.gateway.web;

import dev.dakora.gateway.persistence.BatchView;
import dev.dakora.gateway.persistence.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** A page of batches, newest first; {@code next_cursor} is null on the last page. */
@Schema(name = "BatchPage", requiredProperties = {"items", "next_cursor"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record BatchPage(List<BatchView> items, @Schema(nullable = true) String nextCursor) {

    static BatchPage of(Page<BatchView> page) {
        return new BatchPage(page.items(), page.nextCursor());
    }
}
