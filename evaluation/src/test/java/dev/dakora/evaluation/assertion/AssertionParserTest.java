package dev.dakora.evaluation.assertion;

import dev.dakora.common.event.EventJson;
import dev.dakora.common.template.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static dev.dakora.evaluation.assertion.Suites.yamlList;
import static dev.dakora.evaluation.assertion.Suites.yamlMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssertionParserTest {

    private static final String EVERY_TYPE = """
            - {type: equals, value: Paris, ignore_case: true, trim: true}
            - {type: contains, value: Paris, weight: 2}
            - {type: icontains, values: [paris, france], match: any}
            - {type: contains-all, values: [a, b]}
            - {type: not-contains, values: [sorry, cannot]}
            - {type: not-icontains, value: SORRY}
            - {type: starts-with, value: 'Answer:'}
            - {type: regex, value: '^\\d+$', ignore_case: true}
            - {type: is-json, weight: 0.5}
            - {type: json-schema, value: {type: object, required: [a]}}
            - {type: json-path, path: $.a.b, value: [1, 2]}
            - {type: length, min: 1, max: 20, unit: words}
            - {type: latency, max_ms: 1500}
            - {type: cost, max_usd: 0.002}
            - {type: similar, value: Paris, metric: levenshtein, threshold: 0.8}
            - {type: llm-judge, rubric: Is polite, model: gpt-4o-mini, template: my-judge, version: 1.0.2, threshold: 0.6}
            """;

    @Test
    void reads_every_type_as_a_user_writes_it() {
        List<AssertionSpec> specs = AssertionParser.parseAll(yamlList(EVERY_TYPE));
        assertThat(specs).extracting(AssertionSpec::type).containsExactly("equals", "contains", "icontains", "contains",
                "not-contains", "not-icontains", "starts-with", "regex", "is-json", "json-schema", "json-path", "length",
                "latency", "cost", "similar", "llm-judge");
        assertThat(specs.get(1).weight()).isEqualTo(2.0);
        assertThat(((Contains) specs.get(2)).match()).isEqualTo(Match.ANY);
        assertThat(((Contains) specs.get(3)).values()).containsExactly("a", "b");
        assertThat(((LengthBounds) specs.get(11)).unit()).isEqualTo(LengthUnit.WORDS);
    }

    @Test
    void each_spec_written_back_as_a_map_reads_as_an_equal_spec() {
        for (AssertionSpec spec : AssertionParser.parseAll(yamlList(EVERY_TYPE))) {
            assertThat(AssertionParser.parse(spec.toMap())).as(spec.type()).isEqualTo(spec);
        }
    }

    @Test
    void specs_travel_as_json_in_the_form_a_user_writes() {
        List<AssertionSpec> specs = AssertionParser.parseAll(yamlList(EVERY_TYPE));
        String json = EventJson.writeString(specs);
        assertThat(json).contains("{\"type\":\"contains\",\"value\":\"Paris\",\"weight\":2.0}");
        List<AssertionSpec> back = EventJson.mapper().readValue(json, new TypeReference<List<AssertionSpec>>() { });
        assertThat(back).isEqualTo(specs);
    }

    @Test
    void json_that_is_not_a_valid_spec_is_refused_when_read() {
        assertThatThrownBy(() -> EventJson.read("{\"type\":\"regex\",\"value\":\"(a)\\\\1\"}", AssertionSpec.class))
                .hasMessageContaining("value: is not a valid RE2 regular expression");
    }

    @Test
    void every_failing_assertion_is_named_by_index_and_field() {
        String yaml = """
                - {type: contains, value: ok}
                - {type: contians, value: x}
                - {type: similar, threshold: 1.5}
                - {type: contains, value: x, wieght: 2}
                - {type: latency}
                """;
        assertThatThrownBy(() -> AssertionParser.parseAll(yamlList(yaml)))
                .isInstanceOfSatisfying(InvalidAssertionException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("assertions[1].type", "assertions[2].threshold", "assertions[3].wieght",
                                "assertions[4].max_ms"))
                .hasMessageContaining("assertions[1].type: 'contians' is not an assertion type")
                .hasMessageContaining("assertions[2].threshold: must be a number from 0 to 1")
                .hasMessageContaining("assertions[3].wieght: is not a field of contains (its fields: match, value, values, weight)")
                .hasMessageContaining("assertions[4].max_ms: is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{value: x}|type: is required",
            "{type: contains}|value: is required",
            "{type: contains, value: a, values: [b]}|values: give value or values, not both",
            "{type: contains, value: 7}|value: must be a string",
            "{type: contains, values: [a, '']}|values[1]: must be a non-empty string",
            "{type: contains, values: [a], match: most}|match: must be all or any",
            "{type: contains-any, value: a}|value: this type takes values",
            "{type: contains-any, values: [a], match: all}|match: is not a field of contains-any",
            "{type: not-contains, values: [a], match: any}|match: is not a field of not-contains",
            "{type: equals, value: a, weight: -1}|weight: must be a number from 0 to 1000",
            "{type: equals, value: a, ignore_case: 'yes'}|ignore_case: must be true or false",
            "{type: length}|min: give min, max or both",
            "{type: length, min: 5, max: 2}|max: must not be less than min",
            "{type: length, max: 2.5}|max: must be a whole number",
            "{type: length, max: 2, unit: lines}|unit: must be chars or words",
            "{type: latency, max_ms: -1}|max_ms: must not be negative",
            "{type: cost}|max_usd: is required",
            "{type: cost, max_usd: -0.1}|max_usd: must not be negative",
            "{type: similar, metric: cosine}|metric: must be levenshtein or rouge-l",
            "{type: starts-with}|value: is required",
            "{type: is-json, value: x}|value: is not a field of is-json"})
    void a_bad_field_is_refused_with_its_name_and_reason(String line) {
        String[] parts = line.split("\\|");
        assertThatThrownBy(() -> AssertionParser.parseAll(yamlList("[" + parts[0] + "]")))
                .isInstanceOf(InvalidAssertionException.class)
                .hasMessageContaining("assertions[0]." + parts[1]);
    }

    @Test
    void an_item_that_is_not_an_object_and_too_many_items_are_refused() {
        assertThatThrownBy(() -> AssertionParser.parseAll(List.of("contains")))
                .hasMessageContaining("assertions[0].type: an assertion must be an object with a type");
        List<Map<String, Object>> many = Collections.nCopies(AssertionParser.MAX_ASSERTIONS + 1, Map.of("type", "is-json"));
        assertThatThrownBy(() -> AssertionParser.parseAll(many)).hasMessageContaining("at most 100 assertions");
    }

    @Test
    void one_spec_read_alone_names_the_field_without_an_index() {
        assertThatThrownBy(() -> AssertionParser.parse(yamlMap("{type: regex, value: '('}")))
                .hasMessageStartingWith("invalid assertions: value: is not a valid RE2 regular expression");
        assertThat(AssertionParser.parse(yamlMap("{type: regex, value: 'a+'}"))).isEqualTo(new RegexMatch("a+", false, 1.0));
        assertThat(AssertionParser.parseAll(null)).isEmpty();
    }
}
