package dev.dakora.common.event;

/**
 * What makes a call part of an experiment: carried by {@link JobSubmitted}, copied onto each
 * {@link ModelCallRequested} and onto its {@link ModelCallCompleted}, so the eval stage can score the
 * result without any lookup but the experiment's definition.
 *
 * @param datasetRow the dataset row number (from 1)
 * @param expected   the row's expected output, {@code null} when it has none
 * @param judge      set only on a judge call: what the eval stage needs to finish scoring the evaluated call
 * @param judgeFree  the experiment has no {@code llm-judge} assertion (decided at submission): the log sink
 *                   scores the call in the transaction that logs it, and the eval worker leaves it alone;
 *                   {@code false} when absent from the record
 */
public record EvalContext(String experimentId, int datasetRow, String expected, JudgeContext judge, Boolean judgeFree) {

    public EvalContext {
        Require.text(experimentId, "eval.experiment_id");
        if (datasetRow < 1) {
            throw new IllegalArgumentException("eval.dataset_row must be 1 or more");
        }
        judgeFree = Boolean.TRUE.equals(judgeFree);
    }

    /** The context of an evaluated call of an experiment with judges. */
    public static EvalContext of(String experimentId, int datasetRow, String expected) {
        return of(experimentId, datasetRow, expected, false);
    }

    /** The context of an evaluated call; {@code judgeFree} when the experiment has no judge assertion. */
    public static EvalContext of(String experimentId, int datasetRow, String expected, boolean judgeFree) {
        return new EvalContext(experimentId, datasetRow, expected, null, judgeFree);
    }

    /** The same context on a judge call (only an experiment with judges makes them). */
    public EvalContext forJudge(JudgeContext context) {
        return new EvalContext(experimentId, datasetRow, expected, Require.present(context, "judge"), false);
    }

    /** True for an evaluated call the log sink scores: its experiment has no judge. */
    public boolean scoredBySink() {
        return judgeFree && judge == null;
    }

    /** True for a judge call, false for an evaluated call. */
    public boolean judgeCall() {
        return judge != null;
    }
}
