package dev.dakora.evaluation.experiment;

import java.util.List;

/** Two experiments row by row, and how many rows regressed, improved or stayed. */
public record ExperimentComparison(List<RowDelta> rows, int regressed, int improved, int unchanged, int onlyBaseline,
                                   int onlyCandidate) {

    public ExperimentComparison {
        rows = List.copyOf(rows);
    }
}
