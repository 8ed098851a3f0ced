package dev.dakora.eval.domain;

import dev.dakora.evaluation.scoring.CompiledExperiment;
import dev.dakora.common.event.CallParams;
import dev.dakora.common.event.EvalContext;
import dev.dakora.common.event.JudgeContext;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.evaluation.assertion.DefaultJudgeTemplate;
import dev.dakora.evaluation.assertion.JudgeRequest;

import java.time.Instant;

/**
 * Turns a judge request into an ordinary model call. Its ids keep it apart from the evaluated job:
 * call id {@code <evaluated call id>:judge:<assertion index>}, job id {@code <evaluated job id>:judge},
 * no batch, so no job or batch aggregation ever counts it.
 */
final class JudgeCalls {

    /** Judges answer deterministically where the model allows it. */
    static final CallParams PARAMS = new CallParams(0.0, null, null, null);

    private final TemplateRenderer renderer;

    JudgeCalls(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    static String callId(String evaluatedCallId, int assertionIndex) {
        return evaluatedCallId + ":judge:" + assertionIndex;
    }

    static String jobId(String evaluatedJobId) {
        return evaluatedJobId + ":judge";
    }

    /**
     * @throws RuntimeException when no judge template is known for the assertion or it does not render
     */
    ModelCallRequested call(CompiledExperiment experiment, JudgeRequest request, EvalContext eval,
                            JudgeContext context, Instant at) {
        TemplateSpec template = template(experiment, request);
        String prompt = renderer.render(template, request.inputs()).rendered();
        String evaluatedCall = context.evaluated().callId();
        String job = jobId(context.evaluated().jobId());
        return new ModelCallRequested(callId(evaluatedCall, request.assertionIndex()), job, null, null, 0,
                template.id(), template.version(), request.model(), prompt, PARAMS, request.inputs(), at,
                eval.forJudge(context));
    }

    private static TemplateSpec template(CompiledExperiment experiment, JudgeRequest request) {
        TemplateSpec resolved = experiment.judgeTemplates().get(request.assertionIndex());
        if (resolved != null) {
            return resolved;
        }
        if (request.template() == null || DefaultJudgeTemplate.ID.equals(request.template())) {
            return DefaultJudgeTemplate.spec();
        }
        throw new IllegalArgumentException("no version of judge template '" + request.template()
                + "' was resolved for assertion " + request.assertionIndex());
    }
}
