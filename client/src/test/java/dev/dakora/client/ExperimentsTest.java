package dev.dakora.client;

import static dev.dakora.client.Templates.greeting;
import static dev.dakora.client.Templates.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Experiments against a real gateway whose Kafka is down: every refusal the gateway makes before it
 * publishes (400, 404, 422) as typed exceptions, and an accepted experiment answered 503 with nothing stored.
 */
class ExperimentsTest extends ClientTest {

    @TempDir
    Path files;

    @Test
    void should_throw_a_validation_error_naming_every_refused_field_of_an_experiment_file() throws IOException {
        // given
        Path file = Files.writeString(files.resolve("bad.yaml"), """
                name: capitals
                template: greeting
                versions: []
                models: [echo]
                samples: 0
                dataset: {name: cities}
                """);

        // when
        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> dakora.experiments().create(file));

        // then
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors()).extracting(FieldError::field).contains("versions", "samples");
    }

    @Test
    void should_throw_not_found_for_an_unknown_template_dataset_or_experiment() {
        // given
        String id = uniqueId("sdk-exp");
        dakora.prompts().create(greeting(id));
        Map<String, Object> unknownDataset = Map.of("name", "x", "template", id, "versions", List.of("1.0.0"),
                "models", List.of("echo"), "dataset", Map.of("name", uniqueId("nodata")));

        // when / then
        assertThatThrownBy(() -> dakora.experiments().create(unknownDataset)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no dataset");
        assertThatThrownBy(() -> dakora.experiments().get(uniqueId("none"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void should_name_the_row_that_does_not_fit_and_store_nothing_when_kafka_refuses_a_valid_experiment() {
        // given
        String id = uniqueId("sdk-exp");
        dakora.prompts().create(greeting(id));
        String misfit = uniqueId("sdk-misfit");
        dakora.datasets().create(misfit, List.of(DatasetRow.of(Map.of("name", "Ada")), DatasetRow.of(Map.of("other", "x"))));
        String fits = uniqueId("sdk-fits");
        dakora.datasets().create(fits, List.of(DatasetRow.of(Map.of("name", "Ada"), "Hello Ada!")));
        Map<String, Object> spec = Map.of("name", "greet", "template", id, "versions", List.of("1.0.0"), "models", List.of("echo"),
                "dataset", Map.of("name", misfit), "assertions", List.of(Map.of("type", "contains", "value", "Ada")));

        // when
        ValidationException rows = catchThrowableOfType(ValidationException.class, () -> dakora.experiments().create(spec));
        ServerException down = catchThrowableOfType(ServerException.class, () -> dakora.experiments().create(Map.of(
                "name", "greet", "template", id, "versions", List.of("1.0.0"), "models", List.of("echo"),
                "dataset", Map.of("name", fits))));

        // then
        assertThat(rows.status()).isEqualTo(422);
        assertThat(rows.detail()).contains("row 2, version 1.0.0, inputs.name");
        assertThat(down.status()).isEqualTo(503);
        assertThat(dakora.experiments().list(id, null, null).items()).isEmpty();
    }

    @Test
    void should_read_yaml_and_json_experiment_files_and_refuse_other_files() throws IOException {
        // given
        Path yaml = Files.writeString(files.resolve("e.yml"), "name: a\nversions: ['1.10', 2]\ndataset: {name: d, version: 3}\n");
        Path json = Files.writeString(files.resolve("e.json"), "{\"name\":\"a\",\"samples\":2}");
        Path list = Files.writeString(files.resolve("list.yaml"), "- a\n- b\n");
        Path text = Files.writeString(files.resolve("e.txt"), "name: a");

        // when / then
        assertThat(ExperimentFiles.read(yaml)).containsEntry("name", "a").containsEntry("versions", List.of("1.10", 2))
                .containsEntry("dataset", Map.of("name", "d", "version", 3));
        assertThat(ExperimentFiles.read(json)).containsEntry("samples", 2);
        assertThatThrownBy(() -> ExperimentFiles.read(list)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one object");
        assertThatThrownBy(() -> ExperimentFiles.read(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".yaml");
        assertThatThrownBy(() -> ExperimentFiles.read(files.resolve("absent.yaml"))).isInstanceOf(IllegalArgumentException.class);
    }
}
