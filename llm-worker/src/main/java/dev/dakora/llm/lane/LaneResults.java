package dev.dakora.llm.lane;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.model.BatchDiscounts;
import dev.dakora.common.model.Cost;
import dev.dakora.common.model.ModelName;
import dev.dakora.common.model.PriceTable;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Turns a provider batch's outcome of one call into the call's ordinary {@link ModelCallCompleted}:
 * tokens from the provider's usage, cost at the list price less the batch discount, one attempt, and
 * {@code latency_ms} the time from the batch's submission to the result.
 */
public final class LaneResults {

    private final PriceTable prices;
    private final BatchDiscounts discounts;
    private final Clock clock;

    public LaneResults(PriceTable prices, BatchDiscounts discounts, Clock clock) {
        this.prices = prices;
        this.discounts = discounts;
        this.clock = clock;
    }

    ModelCallCompleted of(LaneEntry entry, ModelName name, LaneOutcome outcome) {
        Instant now = clock.instant();
        long latency = entry.submittedAt() == null ? 0
                : Math.max(0, Duration.between(entry.submittedAt(), now).toMillis());
        ModelCallRequested call = entry.call();
        if (!outcome.succeeded()) {
            return ended(call, name, CallStatus.FAILED, outcome.error(), latency, 1, now);
        }
        Cost cost = discounts.cost(prices, name, outcome.tokensIn(), outcome.tokensOut());
        return new ModelCallCompleted(call.callId(), call.jobId(), call.batchId(), call.rowIndex(), call.templateId(),
                call.version(), call.model(), name.provider(), CallStatus.SUCCEEDED, outcome.text(), outcome.tokensIn(),
                outcome.tokensOut(), cost.usd(), cost.priced(), latency, null, 1, call.inputs(), now, call.prompt(), false,
                call.eval());
    }

    /** A call of a cancelled job that its provider batch ended without an answer: cancelled, one attempt, cost 0. */
    ModelCallCompleted cancelled(LaneEntry entry, ModelName name, String providerReason) {
        long latency = entry.submittedAt() == null ? 0
                : Math.max(0, Duration.between(entry.submittedAt(), clock.instant()).toMillis());
        return ended(entry.call(), name, CallStatus.CANCELLED, "cancelled (the provider's batch ended it: " + providerReason + ")",
                latency, 1, clock.instant());
    }

    /** A call that never reached a provider batch: cancelled, or refused at submission. */
    ModelCallCompleted unsent(LaneEntry entry, ModelName name, CallStatus status, String error) {
        return ended(entry.call(), name, status, error, 0, 0, clock.instant());
    }

    private static ModelCallCompleted ended(ModelCallRequested call, ModelName name, CallStatus status, String error,
                                            long latency, int attempts, Instant now) {
        return new ModelCallCompleted(call.callId(), call.jobId(), call.batchId(), call.rowIndex(), call.templateId(),
                call.version(), call.model(), name.provider(), status, null, 0, 0, BigDecimal.ZERO, true, latency,
                error == null || error.isBlank() ? "the provider's batch gave no reason" : error, attempts, call.inputs(),
                now, call.prompt(), false, call.eval());
    }
}
