package dev.dakora.gateway.web;

import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.TemplateSpec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A template as the reference answered it: every field present, {@code null} where unset, and each
 * input as {@code {"type","required","default"}} (plus {@code description} when it has one).
 */
final class TemplateView {

    private TemplateView() {
    }

    static Map<String, Object> of(TemplateSpec spec) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", spec.id());
        view.put("version", spec.version());
        view.put("description", spec.description());
        view.put("template", spec.template());
        Map<String, Object> inputs = new LinkedHashMap<>();
        spec.inputs().forEach((name, input) -> inputs.put(name, input(input)));
        view.put("inputs", inputs);
        view.put("metadata", spec.metadata());
        return view;
    }

    private static Map<String, Object> input(InputSpec input) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("type", input.type().wireName());
        view.put("required", input.required());
        view.put("default", input.defaultValue());
        if (input.description() != null) {
            view.put("description", input.description());
        }
        return view;
    }
}
