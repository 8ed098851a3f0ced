package dev.dakora.client;

import static dev.dakora.client.Templates.greeting;
import static dev.dakora.client.Templates.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch lane through a running standalone: the lane a batch is submitted on, its read model, and the estimate's saving. */
class BatchLanesTest extends StandaloneClientTest {

    @TempDir
    Path files;

    @Test
    void should_show_the_batch_lane_and_its_expected_completion_when_a_batch_is_submitted_on_it() throws IOException {
        // given
        String id = uniqueId("lane-batch");
        dakora.prompts().create(greeting(id));
        Path csv = Files.writeString(files.resolve("rows.csv"), "name\nAda\n");

        // when
        BatchAccepted fromJson = dakora.batches().submit(BatchRequest.of(id, List.of("echo"), List.of(Map.of("name", "Bo")))
                .withParams(Map.of("temperature", 0.5)).withLane(BatchLane.BATCH));
        BatchAccepted fromFile = dakora.batches().submit(csv, BatchUpload.of(id, List.of("echo")).withLane(BatchLane.BATCH));

        // then
        for (BatchAccepted accepted : List.of(fromJson, fromFile)) {
            Batch batch = dakora.batches().get(accepted.batchId());
            assertThat(accepted.lane()).isEqualTo("batch");
            assertThat(accepted.onBatchLane()).isTrue();
            assertThat(accepted.expectedCompletionBy()).isEqualTo(batch.expectedCompletionBy());
            assertThat(batch.lane()).isEqualTo("batch");
            assertThat(batch.onBatchLane()).isTrue();
            assertThat(Duration.between(Instant.parse(batch.createdAt()), Instant.parse(batch.expectedCompletionBy())))
                    .isEqualTo(Duration.ofHours(24));
        }
    }

    @Test
    void should_show_the_list_price_and_the_saving_of_a_finished_batch_lane_batch_and_none_online() {
        // given: echo answers online on either lane, at its price of zero
        String id = uniqueId("lane-saving");
        dakora.prompts().create(greeting(id));
        List<Map<String, Object>> rows = List.of(Map.of("name", "Ada"), Map.of("name", "Bo"));

        // when
        String onBatchLane = dakora.batches().submit(BatchRequest.of(id, List.of("echo"), rows).withLane(BatchLane.BATCH)).batchId();
        String online = dakora.batches().submit(BatchRequest.of(id, List.of("echo"), rows).withLane(BatchLane.ONLINE)).batchId();

        // then
        Batch saved = awaitFinal(onBatchLane);
        assertThat(saved.completedCalls()).isEqualTo(2);
        assertThat(saved.listPriceUsd()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(saved.savingUsd()).isEqualByComparingTo(BigDecimal.ZERO);
        Batch notSaved = awaitFinal(online);
        assertThat(notSaved.listPriceUsd()).isNull();
        assertThat(notSaved.savingUsd()).isNull();
    }

    private static Batch awaitFinal(String batchId) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> dakora.batches().get(batchId).isFinal());
        return dakora.batches().get(batchId);
    }

    @Test
    void should_show_the_online_lane_without_an_expected_completion_when_a_batch_names_no_lane() {
        // given
        String id = uniqueId("lane-online");
        dakora.prompts().create(greeting(id));

        // when
        BatchAccepted accepted = dakora.batches().submit(BatchRequest.of(id, List.of("echo"), List.of(Map.of("name", "Cy"))));

        // then
        assertThat(accepted.lane()).isEqualTo("online");
        assertThat(accepted.onBatchLane()).isFalse();
        assertThat(accepted.expectedCompletionBy()).isNull();
        Batch batch = dakora.batches().get(accepted.batchId());
        assertThat(batch.lane()).isEqualTo("online");
        assertThat(batch.onBatchLane()).isFalse();
        assertThat(batch.expectedCompletionBy()).isNull();
    }

    @Test
    void should_estimate_the_batch_lane_saving_and_submit_nothing() throws IOException {
        // given
        String id = uniqueId("lane-estimate");
        dakora.prompts().create(greeting(id));
        Path csv = Files.writeString(files.resolve("estimate.csv"), "name\nAda\nBo\n");
        List<String> models = List.of("openai/gpt-4o-mini", "echo");

        // when
        BatchEstimate file = dakora.batches().estimate(csv, BatchUpload.of(id, models).withLane(BatchLane.BATCH));
        BatchEstimate json = dakora.batches().estimate(BatchRequest.of(id, models, List.of(Map.of("name", "Ada"))));

        // then
        assertThat(file.rows()).isEqualTo(2);
        assertThat(file.lane()).isEqualTo("batch");
        assertThat(file.totals().calls()).isEqualTo(4);
        assertThat(file.models()).extracting(BatchEstimate.Model::model).containsExactlyInAnyOrderElementsOf(models);
        BatchEstimate.LaneSaving saving = file.batchLane();
        assertThat(saving.models()).containsExactly("openai/gpt-4o-mini");
        assertThat(saving.completionWindow()).isEqualTo("24h");
        assertThat(saving.savingUsdHigh()).isPositive();
        assertThat(saving.costUsdHigh()).isEqualByComparingTo(file.totals().costUsdHigh().subtract(saving.savingUsdHigh()));
        assertThat(json.lane()).isEqualTo("online");
        assertThat(json.batchLane().savingUsdLow()).isGreaterThan(BigDecimal.ZERO);
        assertThat(dakora.batches().list(BatchQuery.all().withTemplate(id)).items()).isEmpty();
    }

    @Test
    void should_refuse_an_unknown_lane_naming_the_field_and_submit_nothing() {
        // given
        String id = uniqueId("lane-bad");
        dakora.prompts().create(greeting(id));

        // when / then
        assertThatThrownBy(() -> dakora.batches().submit(BatchRequest.of(id, List.of("echo"), List.of(Map.of("name", "Ada")))
                .withParams(Map.of("lane", "overnight"))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("params.lane"));
        assertThat(dakora.batches().list(BatchQuery.all().withTemplate(id)).items()).isEmpty();
    }
}
