package dev.dakora.sink.support;

import dev.dakora.common.event.BatchSubmitted;
import dev.dakora.common.event.CallParams;
import dev.dakora.common.event.CallScored;
import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.EvalContext;
import dev.dakora.common.event.JudgeContext;
import dev.dakora.common.event.JobCancelled;
import dev.dakora.common.event.JobSubmitted;
import dev.dakora.common.event.JobType;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.event.RenderCompleted;
import dev.dakora.common.event.RenderFailed;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Pipeline events as the other roles would publish them, for one template {@code greeting@1.0.0}. */
public final class TestEvents {

    public static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");
    public static final String TEMPLATE = "greeting";
    public static final String VERSION = "1.0.0";

    private TestEvents() {
    }

    public static JobSubmitted compareJob(String jobId, String batchId, Integer row, List<String> models) {
        return new JobSubmitted(jobId, JobType.COMPARE, batchId, row, template(), inputs(row), models,
                CallParams.DEFAULTS, AT);
    }

    public static JobSubmitted renderJob(String jobId) {
        return new JobSubmitted(jobId, JobType.RENDER, null, null, template(), inputs(0), List.of(), CallParams.DEFAULTS, AT);
    }

    public static BatchSubmitted batch(String batchId, int jobs, List<String> models) {
        return new BatchSubmitted(batchId, "nightly", TEMPLATE, VERSION, models, jobs, jobs * models.size(), AT);
    }

    public static RenderCompleted rendered(String jobId, String batchId, Integer row, List<String> models) {
        List<String> callIds = models.stream().map(model -> callId(jobId, model)).toList();
        return new RenderCompleted(jobId, batchId, row, "Hello row " + row, callIds, AT.plusSeconds(1));
    }

    public static RenderFailed renderFailed(String jobId, String batchId, Integer row) {
        return new RenderFailed(jobId, batchId, row, "undefined variable 'other' at line 1", AT.plusSeconds(1));
    }

    public static JobCancelled cancelled(String jobId, String batchId) {
        return new JobCancelled(jobId, batchId, AT.plusSeconds(2));
    }

    public static String callId(String jobId, String model) {
        return ModelCallRequested.callId(jobId, model, 0);
    }

    /** A successful, priced call: 10 tokens in, 20 out, cost 0.001. */
    public static ModelCallCompleted succeeded(String jobId, String batchId, Integer row, String model) {
        return new ModelCallCompleted(callId(jobId, model), jobId, batchId, row, TEMPLATE, VERSION, model, "openai",
                CallStatus.SUCCEEDED, "Hi from " + model, 10, 20, new BigDecimal("0.001"), true, 100, null, 1,
                inputs(row), AT.plusSeconds(3));
    }

    public static ModelCallCompleted unpriced(String jobId, String batchId, Integer row, String model) {
        return new ModelCallCompleted(callId(jobId, model), jobId, batchId, row, TEMPLATE, VERSION, model, "echo",
                CallStatus.SUCCEEDED, "Hello row " + row, 3, 3, null, false, 1, null, 1, inputs(row), AT.plusSeconds(3));
    }

    public static ModelCallCompleted failed(String jobId, String batchId, Integer row, String model) {
        return ended(jobId, batchId, row, model, CallStatus.FAILED, "no API key for provider anthropic");
    }

    public static ModelCallCompleted cancelledCall(String jobId, String batchId, Integer row, String model) {
        return ended(jobId, batchId, row, model, CallStatus.CANCELLED, "cancelled before it was sent");
    }

    /** The result of a judge call made for {@code evaluated}: its own job id, no batch, priced at 0.5. */
    public static ModelCallCompleted judgeCall(ModelCallCompleted evaluated) {
        EvalContext eval = EvalContext.of("exp-1", 1, null).forJudge(new JudgeContext(evaluated, 0, 0, List.of()));
        return new ModelCallCompleted(evaluated.callId() + ":judge:0", evaluated.jobId() + ":judge", null, null,
                "llm-judge", "1.0.0", "gpt-4o-mini", "openai", CallStatus.SUCCEEDED, "{\"score\": 1}", 100, 10,
                new BigDecimal("0.5"), true, 30, null, 1, Map.of(), AT.plusSeconds(5), null, false, eval);
    }

    /** A passing score of {@code jobId}'s call to {@code gpt-4o-mini}. */
    public static CallScored scored(String experimentId, String jobId, int datasetRow) {
        return new CallScored(experimentId, callId(jobId, "gpt-4o-mini"), jobId, null, datasetRow, null, VERSION,
                "gpt-4o-mini", 0, true, true, 1.0, 100, new BigDecimal("0.001"), true, BigDecimal.ZERO, 10, 20, "Hi",
                null, List.of(Map.of("type", "contains", "passed", true, "score", 1.0, "weight", 1.0)), AT.plusSeconds(6));
    }

    private static ModelCallCompleted ended(String jobId, String batchId, Integer row, String model, CallStatus status,
                                            String error) {
        return new ModelCallCompleted(callId(jobId, model), jobId, batchId, row, TEMPLATE, VERSION, model, "anthropic",
                status, null, 0, 0, null, false, 50, error, 3, inputs(row), AT.plusSeconds(4));
    }

    private static Map<String, Object> template() {
        return Map.of("id", TEMPLATE, "version", VERSION, "template", "Hello row {{ row }}",
                "inputs", Map.of("row", Map.of("type", "number")));
    }

    private static Map<String, Object> inputs(Integer row) {
        return Map.of("row", row == null ? 0 : row);
    }
}
