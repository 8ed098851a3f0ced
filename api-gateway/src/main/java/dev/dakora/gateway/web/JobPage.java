package dev.dakora.gateway.web;

import dev.dakora.gateway.persistence.JobView;
import dev.dakora.gateway.persistence.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** A page of jobs, newest first; {@code next_cursor} is null on the last page. */
@Schema(name = "JobPage", requiredProperties = {"items", "next_cursor"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record JobPage(List<JobView> items, @Schema(nullable = true) String nextCursor) {

    static JobPage of(Page<JobView> page) {
        return new JobPage(page.items(), page.nextCursor());
    }
}
