package dev.dakora.registry;

import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.InputType;
import dev.dakora.common.template.TemplateSpec;

import java.util.Map;

/** Small templates for tests. */
final class Specs {

    private Specs() {
    }

    static TemplateSpec spec(String id, String version, String text) {
        return new TemplateSpec(id, version, "test template", text, Map.of("name", InputSpec.of(InputType.STRING)), Map.of());
    }
}
