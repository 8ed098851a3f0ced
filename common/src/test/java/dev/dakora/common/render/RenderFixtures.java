package dev.dakora.common.render;

import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.InputType;
import dev.dakora.common.template.TemplateSpec;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds small specs for renderer tests. */
final class RenderFixtures {

    private RenderFixtures() {
    }

    /** A spec with {@code template} and one optional string input per name. */
    static TemplateSpec spec(String template, String... stringInputs) {
        Map<String, InputSpec> inputs = new LinkedHashMap<>();
        for (String name : stringInputs) {
            inputs.put(name, new InputSpec(InputType.STRING, false, null, null));
        }
        return new TemplateSpec("test", "1.0.0", null, template, inputs, Map.of());
    }

    static TemplateSpec spec(String template, Map<String, InputSpec> inputs) {
        return new TemplateSpec("test", "1.0.0", null, template, inputs, Map.of());
    }

    /** Renders {@code template} with {@code value} reachable as {@code v.x}, through an object input as the API passes it. */
    static String renderAsInput(TemplateRenderer renderer, String template, Object value) {
        return renderer.render(spec(template, Map.of("v", new InputSpec(InputType.OBJECT, false, null, null))),
                Map.of("v", Map.of("x", value))).rendered();
    }
}
