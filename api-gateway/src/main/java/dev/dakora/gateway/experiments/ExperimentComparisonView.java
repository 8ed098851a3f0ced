package dev.dakora.gateway.experiments;

import dev.dakora.evaluation.experiment.ExperimentComparison;
import dev.dakora.evaluation.experiment.RowDelta;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** A candidate experiment against a baseline, row by row; {@code baseline} and {@code candidate} are experiment ids. */
@Schema(name = "ExperimentComparison", description = "baseline and candidate are experiment ids.",
        requiredProperties = {"baseline", "candidate", "regressed", "improved", "unchanged", "only_baseline",
                "only_candidate", "rows"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExperimentComparisonView(String baseline, String candidate, int regressed, int improved, int unchanged,
                                       int onlyBaseline, int onlyCandidate, List<RowChange> rows) {

    static ExperimentComparisonView of(String baseline, String candidate, ExperimentComparison comparison) {
        return new ExperimentComparisonView(baseline, candidate, comparison.regressed(), comparison.improved(),
                comparison.unchanged(), comparison.onlyBaseline(), comparison.onlyCandidate(),
                comparison.rows().stream().map(RowChange::of).toList());
    }

    /** One dataset row in both; a side is null where the row did not run. */
    @Schema(name = "ExperimentRowChange", requiredProperties = {"row", "change", "baseline", "candidate", "score_delta"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record RowChange(int row,
                            @Schema(allowableValues = {"regressed", "improved", "unchanged", "only_baseline", "only_candidate"})
                            String change, @Schema(nullable = true) Side baseline, @Schema(nullable = true) Side candidate,
                            @Schema(nullable = true) Double scoreDelta) {

        static RowChange of(RowDelta delta) {
            return new RowChange(delta.row(), delta.change().wireName(), Side.of(delta.baselinePassRate(), delta.baselineScore()),
                    Side.of(delta.candidatePassRate(), delta.candidateScore()), delta.scoreDelta());
        }
    }

    /** One side of a row: the share of its samples that passed and their mean score. */
    @Schema(name = "ExperimentSide", requiredProperties = {"pass_share", "mean_score"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Side(double passShare, @Schema(nullable = true) Double meanScore) {

        static Side of(Double passShare, Double meanScore) {
            return passShare == null ? null : new Side(passShare, meanScore);
        }
    }
}
