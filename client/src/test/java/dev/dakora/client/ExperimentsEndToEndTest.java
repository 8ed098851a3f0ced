package dev.dakora.client;

import static dev.dakora.client.Templates.greeting;
import static dev.dakora.client.Templates.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * An experiment through the whole pipeline of a running standalone (gateway, render worker, LLM worker
 * with the echo model, eval worker, log sink), over HTTP only: dataset upload, submission, scores,
 * aggregates, results and a comparison.
 */
class ExperimentsEndToEndTest extends StandaloneClientTest {

    @Test
    void should_score_every_row_and_sample_of_an_experiment_and_aggregate_its_column() {
        // given: echo answers with the rendered prompt, so "Hello Ada!" passes and "Hello Bo!" does not
        String id = uniqueId("e2e-exp");
        dakora.prompts().create(greeting(id));
        String dataset = uniqueId("e2e-people");
        dakora.datasets().create(dataset, List.of(DatasetRow.of(Map.of("name", "Ada"), "Hello Ada!"),
                DatasetRow.of(Map.of("name", "Bo"), "Hello Ada!")));
        Map<String, Object> spec = Map.of("name", "greet", "template", id, "versions", List.of("1.0.0"),
                "models", List.of("echo"), "samples", 2, "dataset", Map.of("name", dataset),
                "assertions", List.of(Map.of("type", "equals"), Map.of("type", "contains", "value", "Hello")));
        List<String> progress = new ArrayList<>();

        // when
        Experiment started = dakora.experiments().create(spec);
        Experiment done = dakora.experiments().await(started.experimentId(), Duration.ofSeconds(120),
                seen -> progress.add(seen.status()));

        // then
        assertThat(started.totalCalls()).isEqualTo(4);
        assertThat(done.status()).as(done.toString()).isEqualTo("completed");
        assertThat(progress.getLast()).isEqualTo("completed");
        assertThat(done.scoredCalls()).isEqualTo(4);
        assertThat(done.passed()).isEqualTo(2);
        assertThat(done.columns()).singleElement().satisfies(column -> {
            assertThat(column.results()).isEqualTo(4);
            assertThat(column.passRate()).isEqualTo(0.5);
            assertThat(column.meanScore()).isEqualTo(0.75);
            assertThat(column.failedCalls()).isZero();
        });
        List<ExperimentResult> results = dakora.experiments().allResults(done.experimentId());
        assertThat(results).extracting(result -> result.row() + "/" + result.sample()).containsExactly("1/0", "1/1", "2/0", "2/1");
        assertThat(results.get(2).output()).isEqualTo("Hello Bo!");
        assertThat(results.get(2).passed()).isFalse();
        assertThat(results.get(2).inputs()).containsEntry("name", "Bo");
        assertThat(results.get(2).assertions()).extracting(assertion -> assertion.get("passed")).containsExactly(false, true);
        ExperimentComparison same = dakora.experiments().compare(done.experimentId(), done.experimentId());
        assertThat(same.regressed()).isZero();
        assertThat(same.unchanged()).isEqualTo(2);
    }
}
