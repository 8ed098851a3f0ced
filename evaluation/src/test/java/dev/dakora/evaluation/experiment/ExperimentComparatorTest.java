package dev.dakora.evaluation.experiment;

import dev.dakora.common.event.EventJson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.dakora.evaluation.experiment.ExperimentAggregatorTest.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExperimentComparatorTest {

    private static ScoredResult r(int row, String version, boolean pass, double score) {
        return result(row, version, "m", 0, pass, score, 10, "0", null);
    }

    @Test
    void a_row_that_stops_passing_regressed_and_one_that_starts_improved() {
        ExperimentComparison comparison = ExperimentComparator.compare(
                List.of(r(1, "1", true, 1), r(2, "1", false, 0.2)),
                List.of(r(1, "2", false, 0.4), r(2, "2", true, 1)), 0.05);
        assertThat(comparison.rows()).extracting(RowDelta::change).containsExactly(RowChange.REGRESSED, RowChange.IMPROVED);
        assertThat(comparison.rows().getFirst().scoreDelta()).isEqualTo(-0.6, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(comparison.regressed()).isEqualTo(1);
        assertThat(comparison.improved()).isEqualTo(1);
    }

    @Test
    void with_the_same_pass_a_score_move_beyond_the_tolerance_decides() {
        ExperimentComparison comparison = ExperimentComparator.compare(
                List.of(r(1, "1", true, 0.9), r(2, "1", true, 0.8), r(3, "1", false, 0.3)),
                List.of(r(1, "2", true, 0.7), r(2, "2", true, 0.85), r(3, "2", false, 0.4)), 0.1);
        assertThat(comparison.rows()).extracting(RowDelta::change)
                .containsExactly(RowChange.REGRESSED, RowChange.UNCHANGED, RowChange.UNCHANGED);
        assertThat(comparison.unchanged()).isEqualTo(2);
    }

    @Test
    void samples_compare_by_the_share_that_passed() {
        ExperimentComparison comparison = ExperimentComparator.compare(
                List.of(result(1, "1", "m", 0, true, 1, 1, "0", null), result(1, "1", "m", 1, true, 1, 1, "0", null)),
                List.of(result(1, "2", "m", 0, true, 1, 1, "0", null), result(1, "2", "m", 1, false, 1, 1, "0", null)), 0);
        RowDelta row = comparison.rows().getFirst();
        assertThat(row.change()).isEqualTo(RowChange.REGRESSED);
        assertThat(row.baselinePassRate()).isEqualTo(1.0);
        assertThat(row.candidatePassRate()).isEqualTo(0.5);
    }

    @Test
    void rows_on_one_side_only_are_named_as_such() {
        ExperimentComparison comparison = ExperimentComparator.compare(List.of(r(1, "1", true, 1)), List.of(r(2, "2", true, 1)), 0);
        assertThat(comparison.rows()).extracting(RowDelta::row, RowDelta::change)
                .containsExactly(org.assertj.core.api.Assertions.tuple(1, RowChange.ONLY_BASELINE),
                        org.assertj.core.api.Assertions.tuple(2, RowChange.ONLY_CANDIDATE));
        assertThat(comparison.onlyBaseline()).isEqualTo(1);
        assertThat(comparison.onlyCandidate()).isEqualTo(1);
        assertThat(EventJson.writeString(comparison)).contains("\"change\":\"only_baseline\"", "\"only_candidate\":1");
    }

    @Test
    void one_column_of_a_grid_can_be_picked_for_either_side() {
        List<ScoredResult> grid = List.of(result(1, "1", "a", 0, true, 1, 1, "0", null),
                result(1, "1", "b", 0, false, 0, 1, "0", null));
        ExperimentComparison comparison = ExperimentComparator.compare(
                ExperimentComparator.column(grid, new ColumnKey("1", "a")),
                ExperimentComparator.column(grid, new ColumnKey("1", "b")), 0);
        assertThat(comparison.regressed()).isEqualTo(1);
    }

    @Test
    void a_tolerance_outside_zero_to_one_is_refused() {
        assertThatThrownBy(() -> ExperimentComparator.compare(List.of(), List.of(), -0.1))
                .hasMessageContaining("score_tolerance must be a number from 0 to 1");
    }
}
