package dev.dakora.bench;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Call results as a batch of support replies produces them, for the log sink's benchmarks: each row of
 * the batch is called on three models, each result a successful reply of realistic length with usage,
 * cost, latency and the row's inputs.
 */
final class SampleCallResults {

    private static final List<String> MODELS = List.of("openai/gpt-4o-mini", "anthropic/claude-3-5-haiku-latest",
            "gemini/gemini-2.0-flash");
    private static final String OUTPUT = "Thanks for reaching out! Here is a short, friendly reply that a model "
            + "might write for this row of the batch, long enough to look like a real answer.";

    private SampleCallResults() {
    }

    /** The {@code i}-th result of the batch {@code prefix}: row {@code i / 3}, on the {@code i % 3}-th model. */
    static ModelCallCompleted call(String prefix, int i) {
        int row = i / MODELS.size();
        String model = MODELS.get(i % MODELS.size());
        String jobId = prefix + "-job-" + row;
        return new ModelCallCompleted(ModelCallRequested.callId(jobId, model, 0), jobId, prefix + "-batch",
                row, "support-reply", "1.2.0", model, model.substring(0, model.indexOf('/')), CallStatus.SUCCEEDED,
                OUTPUT, 120, 48, new BigDecimal("0.0000468"), true, 640 + i % 300, null, 1,
                Map.of("customer", "Customer " + row, "topic", "billing", "priority", row % 5),
                Instant.now());
    }
}
