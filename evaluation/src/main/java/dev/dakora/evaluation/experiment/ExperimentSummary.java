package dev.dakora.evaluation.experiment;

import java.math.BigDecimal;
import java.util.List;

/** Every column of an experiment, in the order their first result arrived, with the totals. */
public record ExperimentSummary(List<ColumnSummary> columns, int results, BigDecimal totalCostUsd,
                                BigDecimal judgeCostUsd) {

    public ExperimentSummary {
        columns = List.copyOf(columns);
    }
}
