package dev.dakora.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A template as the server holds it ({@code GET /api/templates/{id}}): the Jinja2 {@code template}
 * text, its typed {@code inputs}, a {@code version} (the server defaults it to {@code 1.0.0} on
 * create) and free-form {@code metadata}.
 */
public record Template(String id, String version, String description, String template,
                       Map<String, InputSpec> inputs, Map<String, Object> metadata) {

    public Template {
        inputs = inputs == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A template with no inputs, version, description or metadata yet. */
    public static Template of(String id, String template) {
        return new Template(id, null, null, template, Map.of(), Map.of());
    }

    public Template withInput(String name, InputSpec spec) {
        Map<String, InputSpec> more = new LinkedHashMap<>(inputs);
        more.put(name, spec);
        return new Template(id, version, description, template, more, metadata);
    }

    public Template withVersion(String newVersion) {
        return new Template(id, newVersion, description, template, inputs, metadata);
    }

    public Template withDescription(String newDescription) {
        return new Template(id, version, newDescription, template, inputs, metadata);
    }

    public Template withMetadata(Map<String, Object> newMetadata) {
        return new Template(id, version, description, template, inputs, newMetadata);
    }
}
