package dev.dakora.evaluation.scoring;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.EvalContext;
import dev.dakora.common.event.ExperimentDefined;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Experiment definitions and call results as the gateway and the LLM worker publish them. */
final class Definitions {

    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private Definitions() {
    }

    /** An experiment over template {@code capital-of} 1.0.0 and model {@code echo} with these assertions. */
    static ExperimentDefined defined(String experimentId, List<Map<String, Object>> assertions) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("name", "capitals");
        spec.put("template", "capital-of");
        spec.put("versions", List.of("1.0.0"));
        spec.put("models", List.of("echo"));
        spec.put("dataset", Map.of("name", "capitals", "version", "1.0.0"));
        spec.put("assertions", assertions);
        return new ExperimentDefined(experimentId, "capitals", "capital-of", spec, Map.of(),
                Map.of("1.0.0", "batch-" + experimentId), 2, 2, AT);
    }

    static Map<String, Object> contains(String value) {
        return Map.of("type", "contains", "value", value);
    }

    /** A succeeded, priced call of a judge-free experiment's row. */
    static ModelCallCompleted judgeFreeResult(String experimentId, String jobId, int row, String output) {
        return new ModelCallCompleted(ModelCallRequested.callId(jobId, "echo", 0), jobId, "batch-" + experimentId, row - 1,
                "capital-of", "1.0.0", "echo", "echo", CallStatus.SUCCEEDED, output, 3, 4, new BigDecimal("0.002"), true,
                25, null, 1, Map.of("country", "France"), AT, null, false, EvalContext.of(experimentId, row, "Paris", true));
    }
}
