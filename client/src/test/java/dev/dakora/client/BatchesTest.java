package dev.dakora.client;

import static dev.dakora.client.Templates.greeting;
import static dev.dakora.client.Templates.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches through the whole pipeline of a running standalone, with the echo model. */
class BatchesTest extends StandaloneClientTest {

    @TempDir
    Path files;

    @Test
    void should_run_a_batch_of_json_rows_and_read_its_results_in_every_format() {
        // given
        String id = uniqueId("batch");
        dakora.prompts().create(greeting(id));
        List<Map<String, Object>> rows = List.of(Map.of("name", "A"), Map.of("name", "B"), Map.of("name", "C"));

        // when
        BatchAccepted accepted = dakora.batches().submit(BatchRequest.of(id, List.of("echo"), rows).withName("abc"));
        Batch batch = awaitFinal(accepted.batchId());

        // then
        assertThat(accepted.totalJobs()).isEqualTo(3);
        assertThat(accepted.totalCalls()).isEqualTo(3);
        assertThat(batch.status()).isEqualTo("completed");
        assertThat(batch.completedJobs()).isEqualTo(3);
        List<BatchResultRow> results = dakora.batches().results(accepted.batchId());
        assertThat(results).extracting(BatchResultRow::rowIndex).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(results).filteredOn(row -> row.rowIndex() == 1).singleElement()
                .satisfies(row -> assertThat(row.output()).isEqualTo("Hello B!"));
        String csv = dakora.batches().results(accepted.batchId(), ResultFormat.CSV);
        assertThat(csv.lines().toList()).hasSize(4).first().asString().contains("row_index");
        assertThat(dakora.batches().results(accepted.batchId(), ResultFormat.JSONL).lines()).hasSize(3);
        assertThatThrownBy(() -> dakora.batches().cancel(accepted.batchId())).isInstanceOf(ConflictException.class);
    }

    @Test
    void should_run_batches_uploaded_as_csv_and_json_lines_files() throws IOException {
        // given
        String id = uniqueId("batch-file");
        dakora.prompts().create(greeting(id));
        Path csv = Files.writeString(files.resolve("rows.csv"), "name\nAda\nBo\n");
        Path jsonl = Files.writeString(files.resolve("rows.jsonl"), "{\"name\":\"Cy\"}\n");

        // when
        BatchAccepted fromCsv = dakora.batches().submit(csv, BatchUpload.of(id, List.of("echo")));
        BatchAccepted fromJsonl = dakora.batches().submit(jsonl, BatchUpload.of(id, List.of("echo")).withVersion("1.0.0"));

        // then
        assertThat(fromCsv.totalJobs()).isEqualTo(2);
        assertThat(fromJsonl.totalJobs()).isEqualTo(1);
        awaitFinal(fromJsonl.batchId());
        assertThat(dakora.batches().results(fromJsonl.batchId())).singleElement()
                .satisfies(row -> assertThat(row.output()).isEqualTo("Hello Cy!"));
    }

    @Test
    void should_refuse_a_batch_with_bad_rows_and_a_file_of_another_kind() throws IOException {
        // given
        String id = uniqueId("batch-bad");
        dakora.prompts().create(greeting(id));
        Path text = Files.writeString(files.resolve("rows.txt"), "name\nAda\n");

        // when / then
        assertThatThrownBy(() -> dakora.batches().submit(
                BatchRequest.of(id, List.of("echo"), List.of(Map.of("name", "ok"), Map.of()))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::rowIndex).contains(1));
        assertThatThrownBy(() -> dakora.batches().submit(text, BatchUpload.of(id, List.of("echo"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".csv");
        assertThatThrownBy(() -> dakora.batches().get("no-such-batch")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void should_check_rows_and_files_without_submitting_anything() throws IOException {
        // given
        String id = uniqueId("batch-check");
        dakora.prompts().create(greeting(id));
        Path csv = Files.writeString(files.resolve("check.csv"), "name\n\nAda\n");

        // when
        BatchCheck rows = dakora.batches().check(BatchRequest.of(id, List.of(), List.of(Map.of("name", true), Map.of())));
        BatchCheck file = dakora.batches().check(csv, BatchUpload.of(id, List.of("echo")));

        // then
        assertThat(rows.totalRows()).isEqualTo(2);
        assertThat(rows.invalidRows()).isEqualTo(1);
        assertThat(rows.rows().getFirst().inputs()).containsEntry("name", "True");
        assertThat(rows.rows().get(1).errors()).extracting(FieldError::field).containsExactly("name");
        assertThat(file.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.valid()).isTrue();
        });
        assertThat(dakora.batches().list(BatchQuery.all().withTemplate(id)).items()).isEmpty();
    }

    @Test
    void should_list_the_batch_history_newest_first_page_by_page() {
        // given
        String id = uniqueId("batch-list");
        dakora.prompts().create(greeting(id));
        List<Map<String, Object>> rows = List.of(Map.of("name", "A"));
        String first = dakora.batches().submit(BatchRequest.of(id, List.of("echo"), rows).withName("first")).batchId();
        String second = dakora.batches().submit(BatchRequest.of(id, List.of("echo"), rows).withName("second")).batchId();

        // when
        Page<Batch> page = dakora.batches().list(BatchQuery.all().withTemplate(id).withLimit(1));
        Page<Batch> next = dakora.batches().list(BatchQuery.all().withTemplate(id).withLimit(1).after(page.nextCursor()));

        // then
        assertThat(page.items()).extracting(Batch::batchId).containsExactly(second);
        assertThat(page.items().getFirst().name()).isEqualTo("second");
        assertThat(next.items()).extracting(Batch::batchId).containsExactly(first);
        assertThat(next.nextCursor()).isNull();
        assertThatThrownBy(() -> dakora.batches().list(BatchQuery.all().withStatus("done"))).isInstanceOf(ValidationException.class);
    }

    private static Batch awaitFinal(String batchId) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> dakora.batches().get(batchId).isFinal());
        return dakora.batches().get(batchId);
    }
}
