package dev.dakora.evaluation.assertion;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one output fared against every assertion.
 *
 * @param score        the weighted mean of the assertions' scores (1 when there is no weight at all)
 * @param pass         whether the row passes under the suite's pass threshold
 * @param judgeCostUsd what the judge calls behind this row cost, apart from the evaluated call
 */
public record RowEvaluation(List<AssertionResult> assertions, double score, boolean pass, BigDecimal judgeCostUsd) {

    public RowEvaluation {
        assertions = List.copyOf(assertions);
        if (judgeCostUsd == null) {
            judgeCostUsd = BigDecimal.ZERO;
        }
    }
}
