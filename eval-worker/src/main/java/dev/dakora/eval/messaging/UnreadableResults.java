package dev.dakora.eval.messaging;

import dev.dakora.common.event.CallScored;
import dev.dakora.evaluation.scoring.EvaluationErrors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The evaluation error of a call result that could not be read whole but is JSON naming its experiment and
 * evaluated call ({@code eval.experiment_id}, {@code call_id}, {@code job_id}, {@code model}; for a judge
 * call's result those of {@code eval.judge.evaluated}): the experiment gets its row, failed with the reason,
 * and completes. A record that names no evaluated call gives nothing to score.
 */
final class UnreadableResults {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Clock clock;

    UnreadableResults(Clock clock) {
        this.clock = clock;
    }

    Optional<CallScored> scoreOf(byte[] raw, String reason) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(raw);
            JsonNode eval = root.path("eval");
            JsonNode call = eval.path("judge").path("evaluated").isObject() ? eval.path("judge").path("evaluated") : root;
            BigDecimal cost = call.path("cost_usd").isNumber() ? call.path("cost_usd").decimalValue() : null;
            return Optional.of(new CallScored(eval.path("experiment_id").asString(null), call.path("call_id").asString(null),
                    call.path("job_id").asString(null), call.path("batch_id").asString(null), eval.path("dataset_row").asInt(0),
                    call.path("row_index").isInt() ? call.path("row_index").asInt() : null, call.path("version").asString(null),
                    call.path("model").asString(null), sample(eval.path("judge"), call.path("call_id").asString("")),
                    "succeeded".equals(call.path("status").asString(null)), false, 0, Math.max(0, call.path("latency_ms").asLong(0)),
                    cost, cost != null && call.path("priced").asBoolean(false), BigDecimal.ZERO,
                    Math.max(0, call.path("tokens_in").asLong(0)), Math.max(0, call.path("tokens_out").asLong(0)),
                    call.path("output").asString(null), call.path("error").asString(null),
                    List.of(EvaluationErrors.assertion("the call result could not be read: " + reason)), clock.instant()));
        } catch (JacksonException | IllegalArgumentException | NullPointerException notAnEvaluatedCall) {
            return Optional.empty();
        }
    }

    /** The judge context's sample, else the last part of the call id ({@code <job>:<model>:<sample>}), else 0. */
    private static int sample(JsonNode judge, String callId) {
        if (judge.isObject()) {
            return judge.path("sample").asInt(0);
        }
        try {
            return Integer.parseInt(callId.substring(callId.lastIndexOf(':') + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
