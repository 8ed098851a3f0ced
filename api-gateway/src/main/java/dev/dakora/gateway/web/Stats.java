package dev.dakora.gateway.web;

import dev.dakora.gateway.persistence.StatsGroup;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * {@code GET /api/stats}: the groups of the calls created in [{@code since}, {@code until}).
 *
 * @param since the window's inclusive start as an ISO-8601 instant; {@code null} when open
 * @param until its exclusive end; {@code null} when open
 */
@Schema(name = "Stats", requiredProperties = {"group_by", "since", "until", "groups"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record Stats(@Schema(allowableValues = {"model", "template", "day"}) String groupBy,
             @Schema(format = "date-time", nullable = true) String since,
             @Schema(format = "date-time", nullable = true) String until, List<StatsGroup> groups) {
}
