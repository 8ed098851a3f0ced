package dev.dakora.common.event;

/**
 * What makes a call part of an experiment: carried by {@link JobSubmitted}, copied onto each
 * {@link ModelCallRequested} and onto its {@link ModelCallCompleted}, so the eval stage can score the
 * result without any lookup but the experiment's definition.
 *
 * @param datasetRow the dataset row number (from 1)
 * @param expected   the row's expected output, {@code null} when it has none
 * @param judge      set only on a judge call: what the eval stage needs to finish scoring the evaluated call
 */
public record EvalContext(String experimentId, int datasetRow, String expected, JudgeContext judge) {

    public EvalContext {
        Require.text(experimentId, "eval.experiment_id");
        if (datasetRow < 1) {
            throw new IllegalArgumentException("eval.dataset_row must be 1 or more");
        }
    }

    /** The context of an evaluated call. */
    public static EvalContext of(String experimentId, int datasetRow, String expected) {
        return new EvalContext(experimentId, datasetRow, expected, null);
    }

    /** The same context on a judge call. */
    public EvalContext forJudge(JudgeContext context) {
        return new EvalContext(experimentId, datasetRow, expected, Require.present(context, "judge"));
    }

    /** True for a judge call, false for an evaluated call. */
    public boolean judgeCall() {
        return judge != null;
    }
}
