package dev.dakora.gateway.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dakora.common.template.FieldError;
import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.InputType;
import dev.dakora.common.template.TemplateDocuments;
import dev.dakora.common.template.TemplateSpec;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The request bodies of {@code POST} and {@code PUT /api/templates}. Both are read from the JSON
 * document by {@link TemplateDocuments}, the reader of the YAML files, so a body and a file obey one set
 * of rules: every bad field is named at once, numbers are taken where text is expected (YAML's
 * {@code version: 1.0}), unknown fields are ignored.
 */
final class TemplateBodies {

    private static final Set<String> UPDATABLE = Set.of("version", "description", "template", "inputs", "metadata");
    private static final String PLACEHOLDER = "update";

    private TemplateBodies() {
    }

    @Schema(name = "TemplateCreate", description = "A template to create; version defaults to 1.0.0, inputs to none.",
            requiredProperties = {"id", "template"})
    record Create(String id, String version, String description, String template, Map<String, TemplateSchemas.Input> inputs,
                  @Schema(description = "Open: any JSON object.") Map<String, Object> metadata) {

        /** @throws dev.dakora.common.template.InvalidSpecException naming each field that breaks a rule */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Create read(Map<String, Object> document) {
            TemplateSpec spec = TemplateDocuments.fromMap(document);
            return new Create(spec.id(), spec.version(), spec.description(), spec.template(), views(spec), spec.metadata());
        }

        TemplateSpec spec() {
            return new TemplateSpec(id, version, description, template, specs(inputs), metadata);
        }
    }

    @Schema(name = "TemplateUpdate", description = "Any subset of the fields; absent or null fields keep their value. "
            + "An id must match the path.")
    record Update(String id, String version, String description, String template, Map<String, TemplateSchemas.Input> inputs,
                  @Schema(description = "Open: any JSON object.") Map<String, Object> metadata) {

        /**
         * The fields the body sets, each read as in a whole document (the missing ones stand in while it
         * is read, then are dropped again).
         */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Update read(Map<String, Object> body) {
            Map<String, Object> document = new LinkedHashMap<>();
            body.forEach((field, value) -> {
                if (UPDATABLE.contains(field) && value != null) {
                    document.put(field, value);
                }
            });
            Map<String, Object> read = new LinkedHashMap<>(document);
            read.put("id", PLACEHOLDER);
            read.putIfAbsent("template", PLACEHOLDER);
            TemplateSpec spec = TemplateDocuments.fromMap(read);
            Object id = body.get("id");
            return new Update(id == null ? null : String.valueOf(id), document.containsKey("version") ? spec.version() : null,
                    spec.description(), document.containsKey("template") ? spec.template() : null,
                    document.containsKey("inputs") ? views(spec) : null,
                    document.containsKey("metadata") ? spec.metadata() : null);
        }

        /** {@code current} with the fields this update sets; an id must be the current one. */
        TemplateSpec applyTo(TemplateSpec current) {
            if (id != null && !current.id().equals(id)) {
                throw InvalidRequestException.of("id", "must be '" + current.id() + "' (the id in the path) or left out; a template cannot be renamed");
            }
            return new TemplateSpec(current.id(), or(version, current.version()), or(description, current.description()),
                    or(template, current.template()), inputs == null ? current.inputs() : specs(inputs),
                    or(metadata, current.metadata()));
        }
    }

    private static <T> T or(T value, T current) {
        return value == null ? current : value;
    }

    private static Map<String, TemplateSchemas.Input> views(TemplateSpec spec) {
        Map<String, TemplateSchemas.Input> inputs = new LinkedHashMap<>();
        spec.inputs().forEach((name, input) -> inputs.put(name, TemplateSchemas.Input.of(input)));
        return inputs;
    }

    private static Map<String, InputSpec> specs(Map<String, TemplateSchemas.Input> inputs) {
        Map<String, InputSpec> specs = new LinkedHashMap<>();
        if (inputs != null) {
            inputs.forEach((name, input) -> specs.put(name, new InputSpec(InputType.fromWireName(input.type())
                    .orElseThrow(() -> new InvalidRequestException("unknown input type", java.util.List.of(
                            new FieldError("inputs." + name + ".type", "unknown type '" + input.type() + "'")))),
                    input.required(), input.defaultValue(), input.description())));
        }
        return specs;
    }
}
