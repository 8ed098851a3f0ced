package dev.dakora.gateway.web;

import dev.dakora.gateway.domain.ModelInfo;
import dev.dakora.gateway.domain.ModelListing;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The models the workers can call, priced and limited. */
@RestController
@Tag(name = "Execution log")
class ModelController {

    private final ModelListing models;

    ModelController(ModelListing models) {
        this.models = models;
    }

    @GetMapping("/api/models")
    @Operation(summary = "Models", description = "{\"items\":[{\"model\":\"openai/gpt-4o-mini\",\"provider\",\"input_per_million_usd\","
            + "\"output_per_million_usd\" (null when unpriced),\"rate_limits\":{\"requests_per_window\",\"tokens_per_window\" "
            + "(null: no limit),\"window_seconds\",\"max_concurrent\"},\"provider_usable\"}],\"prices_as_of\"}. "
            + "provider_usable: true when the worker can call the provider, false when its key or endpoint is not set, null when "
            + "this gateway cannot tell (the worker runs in another process, with an environment the gateway does not see); echo is always true. Every priced model, every model "
            + "with limits of its own, and echo; any other provider/model name can still be called.")
    ModelInfo.Listing list() {
        return models.list();
    }
}
