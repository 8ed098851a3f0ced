package dev.dakora.gateway.budget;

import java.math.BigDecimal;
import java.time.Instant;

/** A submission whose estimate would take a budget past its limit; nothing was submitted (402). */
public class BudgetExceededException extends RuntimeException {

    private final BudgetState state;
    private final BigDecimal estimateUsd;

    BudgetExceededException(BudgetState state, BigDecimal estimateUsd) {
        super("the " + state.scopeLabel() + " budget would be exceeded: spent " + state.spentUsd().toPlainString()
                + " USD of " + state.limitUsd().toPlainString() + " USD this " + state.period().wireName()
                + " (since " + state.periodStart() + "), and this submission is estimated at up to "
                + estimateUsd.toPlainString() + " USD; nothing was submitted", null, false, false);
        this.state = state;
        this.estimateUsd = estimateUsd;
    }

    public BudgetState state() {
        return state;
    }

    public BigDecimal estimateUsd() {
        return estimateUsd;
    }

    public Instant resetsAt() {
        return state.resetsAt();
    }
}
