package dev.dakora.gateway.domain;

import dev.dakora.common.event.CallParams;
import dev.dakora.common.event.JobType;
import dev.dakora.common.template.TemplateSpec;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/**
 * A job as submitted: which template version (the current one, or the one {@code version} or
 * {@code label} names) or an unsaved {@code draft} in its place, the inputs before coercion, the models
 * of a compare job, call parameters.
 */
public record JobRequest(JobType type, String templateId, String version, String label, Map<String, Object> inputs,
                         List<String> models, CallParams params, TemplateSpec draft) {

    public JobRequest {
        inputs = inputs == null ? Map.of() : inputs;
        models = models == null ? List.of() : List.copyOf(models);
        params = params == null ? CallParams.DEFAULTS : params;
    }

    /** A job of a stored template version. */
    public JobRequest(JobType type, String templateId, String version, String label, Map<String, Object> inputs,
                      List<String> models, CallParams params) {
        this(type, templateId, version, label, inputs, models, params, null);
    }

    /** The draft, or the stored version this request names. */
    public Mono<TemplateSpec> template(TemplateCatalog catalog) {
        return draft != null ? Mono.just(draft) : catalog.find(templateId, version, label);
    }
}
