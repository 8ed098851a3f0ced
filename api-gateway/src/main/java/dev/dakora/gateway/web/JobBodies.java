package dev.dakora.gateway.web;

import dev.dakora.common.event.JobType;
import dev.dakora.common.template.TemplateDocuments;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.gateway.domain.JobRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;
import java.util.Map;

/**
 * The request bodies of {@code POST /api/jobs} and {@code POST /api/templates/{id}/compare}. Bean
 * Validation checks each field on its own; the rules between fields (a compare job needs models, a
 * render job takes none, a stored or an unsaved template, not both) are checked when the body becomes
 * a {@link JobRequest}.
 */
final class JobBodies {

    static final String NON_EMPTY = ".*\\S.*";
    static final String MODEL_NAMES = "must be a list of model names (non-empty strings)";
    private static final String TYPES = "must be \"render\" or \"compare\"";

    private JobBodies() {
    }

    @Schema(name = "JobRequest", description = "A render or compare job of a stored template (template_id; version or label, "
            + "not both) or of an unsaved one (template, run as version \"draft\"): exactly one of template_id and template. "
            + "inputs values are open (coerced by the template's input spec).", requiredProperties = {"type"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Job(@NotBlank(message = TYPES) @Pattern(regexp = "render|compare", message = TYPES)
               @Schema(allowableValues = {"render", "compare"}) String type,
               @Pattern(regexp = NON_EMPTY, message = "is required (a non-empty string)") String templateId,
               @Pattern(regexp = NON_EMPTY, message = "must be a non-empty string") String version,
               @Pattern(regexp = NON_EMPTY, message = "must be a non-empty string") String label,
               Map<String, Object> inputs,
               @Schema(description = "Model names, at least one for a compare job; none for a render job.")
               @Size(max = JobRequests.MAX_MODELS, message = "may name at most " + JobRequests.MAX_MODELS + " models")
               List<@NotBlank(message = MODEL_NAMES) String> models,
               @Schema(implementation = JobSchemas.Params.class) Map<String, Object> params,
               DraftRenderBodies.DraftTemplate template) {

        JobRequest toRequest() {
            JobType jobType = "compare".equals(type) ? JobType.COMPARE : JobType.RENDER;
            List<String> names = JobRequests.models(models, jobType == JobType.COMPARE);
            if (jobType == JobType.RENDER && !names.isEmpty()) {
                throw InvalidRequestException.of("models", "is only for compare jobs; a render job calls no model");
            }
            Map<String, Object> values = inputs == null ? Map.of() : inputs;
            if (template != null) {
                return draft(jobType, names, values);
            }
            if (templateId == null) {
                throw InvalidRequestException.of("template_id", "is required: name a stored template, or send an unsaved one as template");
            }
            if (label != null && version != null) {
                throw InvalidRequestException.of("label", "cannot be combined with version");
            }
            return new JobRequest(jobType, templateId, version, label, values, names, JobRequests.params(params, Map.of()));
        }

        /** A job of an unsaved template, read and validated as POST /api/render does. */
        private JobRequest draft(JobType jobType, List<String> names, Map<String, Object> values) {
            List<String> stored = new java.util.ArrayList<>();
            if (templateId != null) {
                stored.add("template_id");
            }
            if (version != null) {
                stored.add("version");
            }
            if (label != null) {
                stored.add("label");
            }
            if (!stored.isEmpty()) {
                throw InvalidRequestException.of(stored.getFirst(), "names a stored template; send either template_id or an unsaved template, not both");
            }
            TemplateSpec spec = TemplateDocuments.fromMap(template.forJob().document());
            return new JobRequest(jobType, spec.id(), spec.version(), null, values, names,
                    JobRequests.params(params, Map.of()), spec);
        }
    }

    @Schema(name = "CompareRequest", description = "The reference's compare body: temperature, max_tokens and top_p at the "
            + "top level win over the same keys of params.", requiredProperties = "models")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Compare(Map<String, Object> inputs,
                   @Size(max = JobRequests.MAX_MODELS, message = "may name at most " + JobRequests.MAX_MODELS + " models")
                   List<@NotBlank(message = MODEL_NAMES) String> models,
                   Double temperature, Integer maxTokens, Double topP,
                   @Schema(implementation = JobSchemas.Params.class) Map<String, Object> params) {

        static final Compare NONE = new Compare(null, null, null, null, null, null);

        JobRequest toRequest(String templateId, String version, String label) {
            Map<String, Object> topLevel = new java.util.LinkedHashMap<>();
            topLevel.put("temperature", temperature);
            topLevel.put("max_tokens", maxTokens);
            topLevel.put("top_p", topP);
            return new JobRequest(JobType.COMPARE, templateId, version, label, inputs == null ? Map.of() : inputs,
                    JobRequests.models(models, true), JobRequests.params(params, topLevel));
        }
    }
}
