package dev.dakora.evaluation.experiment;

/**
 * One dataset row in both experiments. Each side is the row's results over its samples: the share
 * that passed and the mean score ({@code null} on the side where the row did not run).
 *
 * @param scoreDelta candidate score minus baseline score; {@code null} unless both sides ran
 */
public record RowDelta(int row, RowChange change, Double baselinePassRate, Double candidatePassRate,
                       Double baselineScore, Double candidateScore, Double scoreDelta) {
}
