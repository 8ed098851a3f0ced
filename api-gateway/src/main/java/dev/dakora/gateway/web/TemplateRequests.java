package dev.dakora.gateway.web;

import dev.dakora.common.template.FieldError;
import dev.dakora.common.template.TemplateDocuments;
import dev.dakora.common.template.TemplateSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads template request bodies: a whole template to create, a partial one to update, render inputs. */
final class TemplateRequests {

    static final Set<String> UPDATABLE = Set.of("version", "description", "template", "inputs", "metadata");

    private TemplateRequests() {
    }

    /** The template to create; {@code version} defaults to {@value TemplateSpec#DEFAULT_VERSION}. */
    static TemplateSpec toCreate(Map<String, Object> body) {
        return TemplateDocuments.fromMap(body);
    }

    /**
     * {@code current} with the fields the body sets; fields that are absent or {@code null} keep their
     * value. An {@code id} in the body must be the one in the path.
     */
    static TemplateSpec toUpdate(TemplateSpec current, Map<String, Object> body) {
        Object id = body.get("id");
        if (id != null && !current.id().equals(id)) {
            throw InvalidRequestException.of("id", "must be '" + current.id() + "' (the id in the path) or left out; a template cannot be renamed");
        }
        Map<String, Object> merged = new LinkedHashMap<>(TemplateDocuments.toMap(current));
        body.forEach((field, value) -> {
            if (UPDATABLE.contains(field) && value != null) {
                merged.put(field, value);
            }
        });
        return TemplateDocuments.fromMap(merged);
    }

    /** The {@code inputs} object of a render request; absent means no inputs. */
    static Map<String, Object> inputs(Map<String, Object> body) {
        Object inputs = body.get("inputs");
        if (inputs == null) {
            return Map.of();
        }
        if (!(inputs instanceof Map<?, ?> map)) {
            throw new InvalidRequestException("inputs must be a JSON object of input name to value",
                    List.of(new FieldError("inputs", "must be an object")));
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }
}
