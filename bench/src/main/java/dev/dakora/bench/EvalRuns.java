package dev.dakora.bench;

import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The three kinds of run {@link ExperimentOverhead} compares, through the standalone's HTTP API: a plain
 * batch of the dataset's rows on every model, the same as an experiment with the three deterministic
 * assertions of {@link EvalFixtures}, and with one {@code llm-judge} more (judge model {@code echo/judge}).
 * Each runs from its submission to its final status, polled every 100 ms.
 */
final class EvalRuns {

    static final String TEMPLATE = "bench-eval";
    static final String DATASET = "eval-bench";

    enum Kind { BATCH, DETERMINISTIC, JUDGED }

    /** What one run reports: the evaluated calls, judge calls, how many passed, status and experiment polls. */
    record Outcome(String status, long calls, long judgeCalls, long passed, int experimentPolls) {
    }

    private final BenchHttp http;
    private final List<String> models;
    private final int rows;
    private String version;
    private String datasetVersion;

    EvalRuns(BenchHttp http, List<String> models, int rows) {
        this.http = http;
        this.models = models;
        this.rows = rows;
    }

    /** Creates the templates (when missing) and uploads the dataset as a new version. */
    void prepare() throws Exception {
        http.ensureTemplate(TEMPLATE);
        version = http.getJson("/api/templates/" + TEMPLATE).get("version").asString();
        if (http.get("/api/templates/" + EvalFixtures.JUDGE_TEMPLATE).statusCode() != 200) {
            BenchHttp.require(http.post("/api/templates", Map.of("id", EvalFixtures.JUDGE_TEMPLATE,
                    "template", EvalFixtures.judgeText(), "inputs", Map.of(
                            "output", Map.of("type", "string", "required", true),
                            "expected", Map.of("type", "string", "required", false),
                            "rubric", Map.of("type", "string", "required", true),
                            "inputs", Map.of("type", "object", "required", false)))), 201);
        }
        List<Map<String, Object>> dataset = new ArrayList<>(rows);
        for (int row = 1; row <= rows; row++) {
            dataset.add(Map.of("inputs", Map.of("item", "row-" + row)));
        }
        JsonNode uploaded = BenchHttp.JSON.readTree(BenchHttp.require(
                http.post("/api/datasets/" + DATASET + "/versions?template_id=" + TEMPLATE, dataset), 201).body());
        datasetVersion = uploaded.get("version").asString();
    }

    Outcome run(Kind kind, long maxNanos) throws Exception {
        long deadline = System.nanoTime() + maxNanos;
        if (kind == Kind.BATCH) {
            List<Map<String, Object>> inputs = new ArrayList<>(rows);
            for (int row = 1; row <= rows; row++) {
                inputs.add(Map.of("item", "row-" + row));
            }
            JsonNode accepted = BenchHttp.JSON.readTree(BenchHttp.require(http.post("/api/batches",
                    Map.of("template_id", TEMPLATE, "models", models, "inputs", inputs, "name", "eval-overhead")), 202).body());
            JsonNode batch = awaitBatch(accepted.get("batch_id").asString(), deadline);
            return new Outcome(batch.get("status").asString(), batch.get("completed_calls").asLong(), 0, 0, 0);
        }
        List<Map<String, Object>> assertions = kind == Kind.JUDGED
                ? EvalFixtures.judgedAssertions() : EvalFixtures.deterministicAssertions();
        JsonNode accepted = BenchHttp.JSON.readTree(BenchHttp.require(http.post("/api/experiments", Map.of(
                "name", "eval-overhead-" + kind.name().toLowerCase(), "template", TEMPLATE, "versions", List.of(version),
                "models", models, "dataset", Map.of("name", DATASET, "version", datasetVersion),
                "assertions", assertions)), 202).body());
        String id = accepted.get("experiment_id").asString();
        awaitBatch(accepted.get("columns").get(0).get("batch_id").asString(), deadline);
        int polls = 0;
        JsonNode experiment;
        do {
            experiment = http.getJson("/api/experiments/" + id);
            polls++;
            if (!List.of("queued", "running").contains(experiment.get("status").asString())) {
                break;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        long scored = experiment.get("scored_calls").asLong();
        return new Outcome(experiment.get("status").asString(), scored, kind == Kind.JUDGED ? scored : 0,
                experiment.get("passed").asLong(), polls);
    }

    /** Reads {@code GET /api/experiments/{id}} of the last experiment {@code times} times (its aggregates). */
    void readExperiments(int times) throws Exception {
        String id = http.getJson("/api/experiments?limit=1").get("items").get(0).get("experiment_id").asString();
        for (int i = 0; i < times; i++) {
            http.getJson("/api/experiments/" + id);
        }
    }

    private JsonNode awaitBatch(String batchId, long deadline) throws Exception {
        JsonNode batch;
        do {
            batch = http.getJson("/api/batches/" + batchId);
            if (!List.of("queued", "running").contains(batch.get("status").asString())) {
                return batch;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return batch;
    }

    /** The 1, 5 and 15 minute load averages. */
    static String load() throws Exception {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }
}
