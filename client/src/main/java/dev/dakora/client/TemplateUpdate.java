package dev.dakora.client;

import java.util.Map;

/**
 * The body of {@code PUT /api/templates/{id}}: only the fields set here change, the others keep their
 * value. Every update makes a new immutable version on the server.
 */
public record TemplateUpdate(String version, String description, String template,
                             Map<String, InputSpec> inputs, Map<String, Object> metadata) {

    public static TemplateUpdate empty() {
        return new TemplateUpdate(null, null, null, null, null);
    }

    public static TemplateUpdate text(String template) {
        return empty().withTemplate(template);
    }

    public TemplateUpdate withVersion(String value) {
        return new TemplateUpdate(value, description, template, inputs, metadata);
    }

    public TemplateUpdate withDescription(String value) {
        return new TemplateUpdate(version, value, template, inputs, metadata);
    }

    public TemplateUpdate withTemplate(String value) {
        return new TemplateUpdate(version, description, value, inputs, metadata);
    }

    public TemplateUpdate withInputs(Map<String, InputSpec> value) {
        return new TemplateUpdate(version, description, template, value, metadata);
    }

    public TemplateUpdate withMetadata(Map<String, Object> value) {
        return new TemplateUpdate(version, description, template, inputs, value);
    }
}
