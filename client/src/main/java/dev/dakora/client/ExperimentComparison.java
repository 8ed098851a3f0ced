package dev.dakora.client;

import java.util.List;

/** A candidate experiment against a baseline, row by row, with how many rows regressed, improved or stayed. */
public record ExperimentComparison(String baseline, String candidate, int regressed, int improved, int unchanged,
                                   int onlyBaseline, int onlyCandidate, List<Row> rows) {

    public ExperimentComparison {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** @param change regressed, improved, unchanged, only_baseline or only_candidate; a side is null where the row did not run */
    public record Row(int row, String change, Side baseline, Side candidate, Double scoreDelta) {
    }

    /** A row's results on one side: the share of its samples that passed and its mean score. */
    public record Side(double passShare, double meanScore) {
    }
}
