package dev.dakora.evaluation.experiment;

import dev.dakora.common.event.EventJson;
import dev.dakora.common.template.FieldError;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExperimentSpecParserTest {

    private static final String FILE = """
            name: capitals-v2
            template: capital-of
            versions: [1.0.0, 1.1.0]
            models: [gpt-4o-mini, echo]
            samples: 3
            dataset: {name: capitals, version: 2}
            pass_threshold: 0.8
            assertions:
              - {type: icontains, value: Paris}
              - {type: latency, max_ms: 2000}
            """;

    private static Map<String, Object> yaml(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    @Test
    void reads_an_experiment_file_into_its_grid() {
        ExperimentSpec spec = ExperimentSpecParser.parse(yaml(FILE));
        assertThat(spec.columns()).containsExactly(new ColumnKey("1.0.0", "gpt-4o-mini"), new ColumnKey("1.0.0", "echo"),
                new ColumnKey("1.1.0", "gpt-4o-mini"), new ColumnKey("1.1.0", "echo"));
        assertThat(spec.calls(50)).isEqualTo(600);
        assertThat(spec.dataset()).isEqualTo("capitals");
        assertThat(spec.datasetVersion()).isEqualTo("2");
        assertThat(spec.suite().specs()).hasSize(2);
        assertThat(spec.suite().passThreshold()).isEqualTo(0.8);
    }

    @Test
    void samples_default_to_one_and_a_threshold_is_optional() {
        ExperimentSpec spec = ExperimentSpecParser.parse(yaml("""
                {name: e, template: t, versions: [1.0.0], models: [echo], dataset: {name: d, version: 1.0.0}}
                """));
        assertThat(spec.samples()).isEqualTo(1);
        assertThat(spec.passThreshold()).isNull();
        assertThat(spec.assertions()).isEmpty();
    }

    @Test
    void every_bad_field_is_named_including_those_of_assertions() {
        String bad = """
                name: ../up
                template: t
                versions: [1.0.0, 1.0.0]
                models: []
                samples: 0
                dataset: {name: d}
                pass_threshold: 2
                assertions: [{type: regex, value: '(a)\\1'}]
                colour: blue
                """;
        assertThatThrownBy(() -> ExperimentSpecParser.parse(yaml(bad)))
                .isInstanceOfSatisfying(InvalidExperimentException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("colour", "name", "versions[1]", "models", "samples", "dataset.version",
                                "pass_threshold", "assertions[0].value"))
                .hasMessageContaining("versions[1]: '1.0.0' is listed twice")
                .hasMessageContaining("samples: must be a whole number from 1 to 20");
    }

    @Test
    void a_missing_dataset_and_assertions_that_are_not_a_list_are_refused() {
        assertThatThrownBy(() -> ExperimentSpecParser.parse(yaml("{name: e, template: t, versions: [1], models: [m], assertions: x}")))
                .hasMessageContaining("dataset: is required")
                .hasMessageContaining("assertions: must be a list of assertions");
    }

    @Test
    void an_experiment_travels_as_json_with_its_assertions_in_the_users_form() {
        ExperimentSpec spec = ExperimentSpecParser.parse(yaml(FILE));
        String json = EventJson.writeString(spec);
        assertThat(json).contains("\"pass_threshold\":0.8", "\"dataset_version\":\"2\"",
                "{\"type\":\"icontains\",\"value\":\"Paris\"}");
        assertThat(EventJson.read(json, ExperimentSpec.class)).isEqualTo(spec);
    }
}
