package dev.dakora.fault;

import java.io.IOException;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * One experiment of a fault scenario, submitted through the gateway: a dataset of {@code rows} rows of the fault
 * template (prompts unique to the run and row, as {@link BatchRun}'s), run on every model of {@link BatchRun#MODELS}
 * and scored with three deterministic assertions and one LLM judge that the fake provider answers with
 * {@link FaultProvider#verdict}. Its one template version makes one batch.
 */
record ExperimentRun(DakoraApi api, FaultProvider provider, String marker, String experimentId, String batchId, int rows) {

    static final String JUDGE_MODEL = "openai/gpt-4o-mini";
    /** The judge is the fourth assertion. */
    static final int JUDGE_INDEX = 3;

    static ExperimentRun submit(DakoraApi api, FaultProvider provider, String scenario, int rows) throws IOException {
        api.createTemplate(BatchRun.TEMPLATE);
        String run = scenario + "-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("run,row\n");
        for (int row = 0; row < rows; row++) {
            csv.append(run).append(",r").append(row).append('\n');
        }
        api.uploadDataset(run, "fault", csv.toString());
        JsonNode accepted = api.submitExperiment("""
                {"name": "%s", "template": "fault", "versions": ["1.0.0"], "models": ["%s"],
                 "dataset": {"name": "%s"}, "pass_threshold": 0.7,
                 "assertions": [
                   {"type": "contains", "value": "answer from"},
                   {"type": "regex", "value": "gpt-4o-mini$"},
                   {"type": "length", "max": 20},
                   {"type": "llm-judge", "rubric": "Fault judge [%s]: is the answer brief?", "model": "%s"}]}"""
                .formatted(run, String.join("\", \"", BatchRun.MODELS), run, run, JUDGE_MODEL));
        return new ExperimentRun(api, provider, "[" + run + "]", accepted.path("experiment_id").asString(),
                accepted.path("columns").path(0).path("batch_id").asString(), rows);
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
