package dev.dakora.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * What the tracing test submits over HTTP besides compares: a batch on {@code echo}, and a one-row
 * experiment whose call {@code echo} answers and whose {@code llm-judge} assertion {@code echo} answers
 * too, through a judge template that makes it answer with a score.
 */
final class TracedSubmissions {

    static final String TEMPLATE = "traced-capital";
    static final String JUDGE = "traced-judge";
    static final String DATASET = "traced-capitals";

    private final Http http;

    TracedSubmissions(Http http) {
        this.http = http;
    }

    /** The templates and the dataset the submissions use. */
    void prepare() throws Exception {
        created(http.post("/api/templates", Map.of("id", TEMPLATE, "template", "The capital of {{ country }}",
                "inputs", Map.of("country", Map.of("type", "string")))));
        created(http.post("/api/templates", Map.of("id", JUDGE, "template", "{\"score\": 1, \"reason\": \"{{ rubric }}\"}",
                "inputs", Map.of("rubric", Map.of("type", "string"), "output", Map.of("type", "string")))));
        created(http.post("/api/datasets/" + DATASET + "/versions", List.of(Map.of("inputs", Map.of("country", "France")))));
    }

    /** Submits the experiment; returns its id once the gateway accepted it. */
    String experiment() throws Exception {
        Http.Response answer = http.post("/api/experiments", Map.of("name", "traced", "template", TEMPLATE,
                "versions", List.of("1.0.0"), "models", List.of("echo"), "dataset", Map.of("name", DATASET),
                "assertions", List.of(Map.of("type", "llm-judge", "rubric", "names a capital", "model", "echo",
                        "template", JUDGE))));
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        return answer.json().get("experiment_id").asString();
    }

    /** Submits a two-row batch on {@code echo}; returns its id once the gateway accepted it. */
    String batch() throws Exception {
        Http.Response answer = http.post("/api/batches", Map.of("template_id", TEMPLATE, "models", List.of("echo"),
                "inputs", List.of(Map.of("country", "Japan"), Map.of("country", "Peru"))));
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        return answer.json().get("batch_id").asString();
    }

    private static void created(Http.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }
}
