package dev.dakora.common.event;

import java.util.List;

/** Every topic of the pipeline, paired with its key and its single writer. */
public final class Topics {

    public static final Topic<JobCommand> JOBS =
            new Topic<>("dakora.jobs", JobCommand.class, "job id (batch id for batch.submitted)", "api-gateway");
    public static final Topic<RenderEvent> RENDERS =
            new Topic<>("dakora.renders", RenderEvent.class, "job id", "render-worker");
    public static final Topic<ModelCallRequested> MODEL_CALLS =
            new Topic<>("dakora.model-calls", ModelCallRequested.class, "job id", "render-worker");
    public static final Topic<ModelCallCompleted> CALL_RESULTS =
            new Topic<>("dakora.call-results", ModelCallCompleted.class, "job id", "llm-worker");
    public static final Topic<ResultEvent> RESULTS =
            new Topic<>("dakora.results", ResultEvent.class, "job id (batch id for batch.progress)", "log-sink");

    /** Compacted: the latest definition of each experiment is kept. */
    public static final Topic<ExperimentDefined> EXPERIMENTS =
            new Topic<>("dakora.experiments", ExperimentDefined.class, "experiment id", "api-gateway");
    public static final Topic<CallScored> SCORES =
            new Topic<>("dakora.scores", CallScored.class, "job id", "eval-worker");

    public static final List<Topic<?>> ALL =
            List.of(JOBS, RENDERS, MODEL_CALLS, CALL_RESULTS, RESULTS, EXPERIMENTS, SCORES);

    private Topics() {
    }
}
