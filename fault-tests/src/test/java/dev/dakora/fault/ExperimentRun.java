package dev.dakora.fault;

import java.io.IOException;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * One experiment of a fault scenario, submitted through the gateway: a dataset of {@code rows} rows of the fault
 * template (prompts unique to the run and row, as {@link BatchRun}'s), run on every model of {@link BatchRun#MODELS}
 * and scored with three deterministic assertions and one LLM judge that the fake provider answers with
 * {@link FaultProvider#verdict} ({@code judged}), or, judge-free, with two deterministic assertions only (scored by
 * the log sink). Its one template version makes one batch.
 */
record ExperimentRun(DakoraApi api, FaultProvider provider, String marker, String experimentId, String batchId, int rows,
                     boolean judged) {

    static final String JUDGE_MODEL = "openai/gpt-4o-mini";
    /** The judge is the fourth assertion. */
    static final int JUDGE_INDEX = 3;
    /** The judge-free suite: the fake provider's answer "answer from <model>" passes both only for gpt-4o-mini. */
    static final String JUDGE_FREE_ASSERTIONS = """
            [{"type": "contains", "value": "answer from"}, {"type": "regex", "value": "gpt-4o-mini$"}]""";
    /** The judge-free score of a succeeded call of gpt-4o-mini (both pass) and of gpt-4o (the regex fails). */
    static final double JUDGE_FREE_MINI_SCORE = 1.0, JUDGE_FREE_OTHER_SCORE = 0.5;

    /** An experiment with an LLM judge, scored by the eval worker. */
    static ExperimentRun submit(DakoraApi api, FaultProvider provider, String scenario, int rows) throws IOException {
        return submit(api, provider, scenario, rows, true);
    }

    /** An experiment with deterministic assertions only, scored by the log sink as it logs each call. */
    static ExperimentRun submitJudgeFree(DakoraApi api, FaultProvider provider, String scenario, int rows) throws IOException {
        return submit(api, provider, scenario, rows, false);
    }

    private static ExperimentRun submit(DakoraApi api, FaultProvider provider, String scenario, int rows, boolean judged)
            throws IOException {
        api.createTemplate(BatchRun.TEMPLATE);
        String run = scenario + "-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("run,row\n");
        for (int row = 0; row < rows; row++) {
            csv.append(run).append(",r").append(row).append('\n');
        }
        api.uploadDataset(run, "fault", csv.toString());
        String assertions = judged ? """
                [{"type": "contains", "value": "answer from"},
                 {"type": "regex", "value": "gpt-4o-mini$"},
                 {"type": "length", "max": 20},
                 {"type": "llm-judge", "rubric": "Fault judge [%s]: is the answer brief?", "model": "%s"}]"""
                .formatted(run, JUDGE_MODEL) : JUDGE_FREE_ASSERTIONS;
        JsonNode accepted = api.submitExperiment("""
                {"name": "%s", "template": "fault", "versions": ["1.0.0"], "models": ["%s"],
                 "dataset": {"name": "%s"}, "pass_threshold": 0.7, "assertions": %s}"""
                .formatted(run, String.join("\", \"", BatchRun.MODELS), run, assertions));
        return new ExperimentRun(api, provider, "[" + run + "]", accepted.path("experiment_id").asString(),
                accepted.path("columns").path(0).path("batch_id").asString(), rows, judged);
    }

    int expectedCalls() {
        return rows * BatchRun.MODELS.size();
    }

    /** The experiment's batch as a {@link BatchRun}, to audit its evaluated calls as any batch. */
    BatchRun batch() {
        return new BatchRun(api, provider, marker, batchId, rows, BatchRun.MODELS.size());
    }

    boolean finished() {
        try {
            return java.util.Set.of("completed", "failed", "cancelled").contains(api.experiment(experimentId).path("status").asString());
        } catch (IOException notYet) {
            return false;
        }
    }
}
