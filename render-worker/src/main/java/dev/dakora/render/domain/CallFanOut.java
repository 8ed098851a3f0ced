package dev.dakora.render.domain;

import dev.dakora.common.event.CacheOptIn;
import dev.dakora.common.event.CallParams;
import dev.dakora.common.event.JobSubmitted;
import dev.dakora.common.event.JobType;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.template.TemplateSpec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One model call per requested model of a compare job, in request order. A model named more than once
 * is sampled more than once: its calls are numbered 0, 1, ... in the order they appear, which makes
 * every call id ({@link ModelCallRequested#callId}) stable across redeliveries of the job. Each call
 * carries the job's eval context (null outside experiments).
 */
final class CallFanOut {

    private CallFanOut() {
    }

    static List<ModelCallRequested> calls(JobSubmitted job, TemplateSpec spec, String prompt, Instant at) {
        if (job.type() != JobType.COMPARE) {
            return List.of();
        }
        Map<String, Integer> seen = new HashMap<>();
        List<ModelCallRequested> calls = new ArrayList<>(job.models().size());
        CallParams params = CacheOptIn.withTemplate(job.params(), spec.metadata());
        for (String model : job.models()) {
            int sample = seen.merge(model, 1, Integer::sum) - 1;
            calls.add(new ModelCallRequested(ModelCallRequested.callId(job.jobId(), model, sample), job.jobId(),
                    job.batchId(), job.rowIndex(), sample, spec.id(), spec.version(), model, prompt, params,
                    job.inputs(), at, job.eval()));
        }
        return calls;
    }
}
