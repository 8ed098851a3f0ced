package dev.dakora.client;

import static dev.dakora.client.Templates.greeting;
import static dev.dakora.client.Templates.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Datasets against a real gateway: uploads, versions, rows and the typed errors of bad uploads. */
class DatasetsTest extends ClientTest {

    @TempDir
    Path files;

    @Test
    void should_upload_a_file_then_rows_as_two_versions_and_read_them_back() throws IOException {
        // given
        String name = uniqueId("sdk-qa");
        Path csv = Files.writeString(files.resolve("qa.csv"), "question,__expected\nCapital of France?,Paris\n");

        // when
        DatasetVersion first = dakora.datasets().upload(name, csv);
        DatasetVersion second = dakora.datasets().create(name, List.of(
                DatasetRow.of(Map.of("question", "2+2?"), "4").withMetadata(Map.of("topic", "math")),
                DatasetRow.of(Map.of("question", "3+3?"))));

        // then
        assertThat(first.version()).isEqualTo("1");
        assertThat(first.source()).isEqualTo("upload:csv");
        assertThat(second.version()).isEqualTo("2");
        assertThat(second.rowCount()).isEqualTo(2);
        assertThat(dakora.datasets().get(name).latestVersion()).isEqualTo("2");
        assertThat(dakora.datasets().versions(name).items()).extracting(DatasetVersion::version).containsExactly("2", "1");
        assertThat(dakora.datasets().allRows(name, "1")).singleElement()
                .isEqualTo(new DatasetRow(1, Map.of("question", "Capital of France?"), "Paris", Map.of()));
        DatasetRows latest = dakora.datasets().rows(name, "latest", 1, null);
        assertThat(latest.items()).singleElement().isEqualTo(new DatasetRow(1, Map.of("question", "2+2?"), "4", Map.of("topic", "math")));
        assertThat(dakora.datasets().rows(name, "2", 1, latest.nextCursor()).items()).extracting(DatasetRow::expected)
                .containsOnlyNulls();
        assertThat(dakora.datasets().list().items()).extracting(DatasetSummary::name).contains(name);
    }

    @Test
    void should_follow_every_page_of_rows() {
        // given
        String name = uniqueId("sdk-many");
        List<DatasetRow> rows = new ArrayList<>();
        for (int i = 0; i < 1_205; i++) {
            rows.add(DatasetRow.of(Map.of("n", "v" + i)));
        }
        dakora.datasets().create(name, rows);

        // when
        List<DatasetRow> read = dakora.datasets().allRows(name, "latest");

        // then
        assertThat(read).hasSize(1_205);
        assertThat(read.getLast()).isEqualTo(new DatasetRow(1_205, Map.of("n", "v1204"), null, Map.of()));
    }

    @Test
    void should_throw_validation_naming_the_rows_of_an_unreadable_or_misfitting_upload() throws IOException {
        // given
        String template = uniqueId("sdk-greet");
        dakora.prompts().create(greeting(template));
        Path broken = Files.writeString(files.resolve("broken.jsonl"), "{\"inputs\":{\"name\":\"Ada\"}}\n{\"name\":\"flat\"}\n");
        Path misfit = Files.writeString(files.resolve("misfit.csv"), "name,age\nAda,1\n,2\n");
        String name = uniqueId("sdk-bad");

        // when
        ValidationException unreadable = catchThrowableOfType(ValidationException.class, () -> dakora.datasets().upload(name, broken));
        ValidationException misfits = catchThrowableOfType(ValidationException.class,
                () -> dakora.datasets().upload(name, misfit, template));

        // then
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.detail()).contains("row 2 (line 2)");
        assertThat(misfits.status()).isEqualTo(422);
        assertThat(misfits.detail()).contains("row 2 (line 3)");
        assertThat(misfits.errors()).extracting(FieldError::field).containsExactly("inputs.name");
        assertThatThrownBy(() -> dakora.datasets().get(name)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void should_refuse_an_unknown_file_type_and_answer_not_found_after_a_delete() throws IOException {
        // given
        String name = uniqueId("sdk-gone");
        dakora.datasets().create(name, List.of(DatasetRow.of(Map.of("a", "1"))));
        Path text = Files.writeString(files.resolve("rows.txt"), "a\n1\n");

        // when
        dakora.datasets().delete(name);

        // then
        assertThatThrownBy(() -> dakora.datasets().get(name)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dakora.datasets().delete(name)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dakora.datasets().upload(name, text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".csv");
        assertThatThrownBy(() -> dakora.datasets().upload(name, files.resolve("absent.csv")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
