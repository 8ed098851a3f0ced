package dev.dakora.gateway.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.List;

/**
 * One model of {@code GET /api/models}: its provider, price per million input and output tokens
 * ({@code null} when unpriced), the rate limits the worker applies to it, and whether its provider is
 * usable ({@link ProviderKeys}: {@code null} when this process cannot tell).
 */
@Schema(name = "ModelInfo", description = "Prices in USD per million tokens, null when unpriced.",
        requiredProperties = {"model", "provider", "input_per_million_usd", "output_per_million_usd", "rate_limits",
                "provider_usable"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ModelInfo(String model, String provider, @Schema(nullable = true) BigDecimal inputPerMillionUsd,
                        @Schema(nullable = true) BigDecimal outputPerMillionUsd, Limits rateLimits,
                        @Schema(nullable = true, description = "true when the worker can call the provider, false when its "
                                + "key or endpoint is not set, null when this gateway cannot tell") Boolean providerUsable) {

    /** The resolved limits; null requests or tokens per window: no limit. */
    @Schema(name = "RateLimits", description = "null: no limit.", requiredProperties = {"requests_per_window",
            "tokens_per_window", "window_seconds", "max_concurrent"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Limits(@Schema(nullable = true) Integer requestsPerWindow, @Schema(nullable = true) Long tokensPerWindow,
                         long windowSeconds, @Schema(nullable = true) Integer maxConcurrent) {

        static Limits of(RateLimits limits) {
            return new Limits(limits.requestsPerWindow(), limits.tokensPerWindow(), limits.window().toSeconds(),
                    limits.maxConcurrent());
        }
    }

    /** The listing: every model, and the date of the price table. */
    @Schema(name = "Models", requiredProperties = {"items", "prices_as_of"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Listing(List<ModelInfo> items, @Schema(nullable = true) String pricesAsOf) {
    }
}
