package dev.dakora.common.event;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.dakora.common.template.TemplateDocuments;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.common.value.Values;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A job accepted by the gateway. It carries a snapshot of the template version it was submitted
 * with, so workers need no registry and later edits never change queued work, and the inputs after
 * coercion (they were validated at submission).
 *
 * @param batchId  {@code null} for a job outside a batch
 * @param rowIndex the job's input row in its batch (0-based), {@code null} outside a batch
 * @param template the template version as a document ({@link TemplateDocuments#toMap})
 * @param models   model names to call, in request order; empty for a render job
 */
public record JobSubmitted(String jobId, JobType type, String batchId, Integer rowIndex,
                           Map<String, Object> template, Map<String, Object> inputs, List<String> models,
                           CallParams params, Instant submittedAt,
                           @JsonInclude(JsonInclude.Include.NON_NULL) EvalContext eval) implements JobCommand {

    public JobSubmitted {
        Require.text(jobId, "job_id");
        Require.present(type, "type");
        Require.present(template, "template");
        Require.present(submittedAt, "submitted_at");
        models = models == null ? List.of() : List.copyOf(models);
        if (type == JobType.COMPARE && models.isEmpty()) {
            throw new IllegalArgumentException("a compare job needs at least one model");
        }
        if ((batchId == null) != (rowIndex == null)) {
            throw new IllegalArgumentException("batch_id and row_index go together");
        }
        template = Values.normalizeMap(template);
        inputs = inputs == null ? Map.of() : Values.normalizeMap(inputs);
        params = params == null ? CallParams.DEFAULTS : params;
    }

    /** A job outside any experiment. */
    public JobSubmitted(String jobId, JobType type, String batchId, Integer rowIndex, Map<String, Object> template,
                        Map<String, Object> inputs, List<String> models, CallParams params, Instant submittedAt) {
        this(jobId, type, batchId, rowIndex, template, inputs, models, params, submittedAt, null);
    }

    /** This job as part of an experiment. */
    public JobSubmitted withEval(EvalContext context) {
        return new JobSubmitted(jobId, type, batchId, rowIndex, template, inputs, models, params, submittedAt, context);
    }

    public static JobSubmitted of(String jobId, JobType type, String batchId, Integer rowIndex, TemplateSpec spec,
                                  Map<String, Object> inputs, List<String> models, CallParams params, Instant at) {
        return new JobSubmitted(jobId, type, batchId, rowIndex, TemplateDocuments.toMap(spec), inputs, models, params, at);
    }

    /** The template snapshot as a spec. */
    public TemplateSpec templateSpec() {
        return TemplateDocuments.fromMap(template);
    }

    @Override
    public String key() {
        return jobId;
    }
}
