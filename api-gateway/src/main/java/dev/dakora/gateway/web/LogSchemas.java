package dev.dakora.gateway.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The bodies of the models and health routes. */
final class LogSchemas {

    private LogSchemas() {
    }

    @Schema(name = "RateLimits", description = "null: no limit.", requiredProperties = {"requests_per_window",
            "tokens_per_window", "window_seconds", "max_concurrent"})
    record RateLimits(@Schema(nullable = true) Integer requestsPerWindow, @Schema(nullable = true) Long tokensPerWindow,
                      Long windowSeconds, @Schema(nullable = true) Integer maxConcurrent) {
    }

    @Schema(name = "ModelInfo", description = "Prices in USD per million tokens, null when unpriced.",
            requiredProperties = {"model", "provider", "input_per_million_usd", "output_per_million_usd", "rate_limits"})
    record Model(String model, String provider, @Schema(nullable = true) BigDecimal inputPerMillionUsd,
                 @Schema(nullable = true) BigDecimal outputPerMillionUsd, RateLimits rateLimits) {
    }

    @Schema(name = "Models", requiredProperties = {"items", "prices_as_of"})
    record Models(List<Model> items, @Schema(nullable = true) String pricesAsOf) {
    }

    @Schema(name = "PartHealth", requiredProperties = "status")
    record Part(@Schema(allowableValues = {"up", "down"}) String status) {
    }

    @Schema(name = "Health", description = "vault_config is open (the registry's settings); roles appears in the "
            + "standalone, one entry per other role.", requiredProperties = {"status", "templates_loaded", "vault_config",
            "database", "registry", "kafka", "consumers"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Health(@Schema(allowableValues = {"healthy", "unhealthy"}) String status, int templatesLoaded,
                  Map<String, Object> vaultConfig, Part database, Part registry, Part kafka, Part consumers,
                  @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Part> roles) {
    }
}
