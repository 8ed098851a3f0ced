package dev.dakora.gateway.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.TemplateSpec;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bodies of the template, render, version and label routes (the template's own request bodies: {@link TemplateBodies}). */
final class TemplateSchemas {

    private TemplateSchemas() {
    }

    @Schema(name = "Template", description = "A template as the reference answers it: every field present, null where unset.",
            requiredProperties = {"id", "version", "description", "template", "inputs", "metadata"})
    record Template(String id, String version, @Schema(nullable = true) String description, String template,
                    Map<String, Input> inputs,
                    @Schema(nullable = true, description = "Open: any JSON object the author keeps with the template.")
                    Map<String, Object> metadata) {

        static Template of(TemplateSpec spec) {
            Map<String, Input> inputs = new LinkedHashMap<>();
            spec.inputs().forEach((name, input) -> inputs.put(name, Input.of(input)));
            return new Template(spec.id(), spec.version(), spec.description(), spec.template(), inputs, spec.metadata());
        }
    }

    @Schema(name = "InputSpec", description = "One declared input; default is any JSON value of the input's type, or null.",
            requiredProperties = {"type", "required", "default"})
    record Input(@Schema(allowableValues = {"string", "number", "boolean", "array<string>", "object"}) String type,
                 boolean required, @JsonProperty("default") @Schema(nullable = true) Object defaultValue,
                 @JsonInclude(JsonInclude.Include.NON_NULL) String description) {

        static Input of(InputSpec input) {
            return new Input(input.type().wireName(), input.required(), input.defaultValue(), input.description());
        }
    }

    @Schema(name = "RenderRequest", description = "The inputs by name; absent means none. Values are open: any JSON the "
            + "template's input spec coerces.")
    record RenderRequest(Map<String, Object> inputs) {

        Map<String, Object> inputsOrNone() {
            return inputs == null ? Map.of() : inputs;
        }
    }

    @Schema(name = "RenderResult", requiredProperties = {"rendered", "inputs_used"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Rendered(String rendered,
                    @Schema(description = "The declared inputs after coercion and defaults (open values).")
                    Map<String, Object> inputsUsed) {
    }

    @Schema(name = "VersionInfo", requiredProperties = {"version", "created_at", "content_hash", "labels"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Version(String version, Instant createdAt, String contentHash, List<String> labels) {
    }

    @Schema(name = "LabelRequest", requiredProperties = "version")
    record LabelRequest(@NotBlank(message = "is required: a version string") String version) {
    }

    @Schema(name = "LabelResult", description = "labels: every label of the template, label to version.",
            requiredProperties = {"id", "label", "version", "labels"})
    record LabelMoved(String id, String label, String version, Map<String, String> labels) {
    }
}
