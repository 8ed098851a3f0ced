package dev.dakora.common.event;

import java.math.BigDecimal;

/** One model's answer in a comparison result, in the reference's shape. */
public record ModelResult(String output, String provider, String model, long tokensIn, long tokensOut,
                          BigDecimal costUsd, long latencyMs, String error) {

    public static ModelResult of(ModelCallCompleted call) {
        if (!call.succeeded()) {
            return new ModelResult("", call.provider(), call.model(), 0, 0, BigDecimal.ZERO, call.latencyMs(), call.error());
        }
        return new ModelResult(call.output(), call.provider(), call.model(), call.tokensIn(), call.tokensOut(),
                call.costUsd(), call.latencyMs(), null);
    }

    public boolean succeeded() {
        return error == null;
    }
}
