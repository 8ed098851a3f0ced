package dev.dakora.gateway.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.Map;

/** The answer of {@code GET /api/health}: the reference's fields, then the state of each part the gateway needs. */
@Schema(name = "Health", description = "roles appears in the standalone, one entry per other role.",
        requiredProperties = {"status", "templates_loaded", "vault_config", "database", "registry", "kafka", "consumers"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record HealthView(@Schema(allowableValues = {"healthy", "unhealthy"}) String status, int templatesLoaded,
                  VaultConfig vaultConfig, Part database, Part registry, Part kafka, Part consumers,
                  @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Part> roles) {

    @Schema(name = "PartHealth", requiredProperties = "status")
    record Part(@Schema(allowableValues = {"up", "down"}) String status) {

        static Part of(boolean up) {
            return new Part(up ? "up" : "down");
        }
    }

    /**
     * The template registry's settings, as the reference's {@code vault_config}: {@code container} and
     * {@code prefix} for Azure, {@code prompt_dir} for a local directory; logging is never enabled.
     */
    @Schema(name = "VaultConfig", description = "container and prefix for an azure registry, prompt_dir for a local one.",
            requiredProperties = {"registry", "logging_enabled"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record VaultConfig(@Schema(allowableValues = {"local", "azure"}) String registry,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String container,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String prefix,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String promptDir, boolean loggingEnabled) {

        static VaultConfig azure(String container, String prefix) {
            return new VaultConfig("azure", container, prefix, null, false);
        }

        static VaultConfig local(String type, String promptDir) {
            return new VaultConfig(type, null, null, promptDir, false);
        }
    }
}
