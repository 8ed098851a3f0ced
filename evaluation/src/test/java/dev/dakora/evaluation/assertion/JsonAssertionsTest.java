package dev.dakora.evaluation.assertion;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static dev.dakora.evaluation.assertion.Suites.first;
import static dev.dakora.evaluation.assertion.Suites.yamlList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonAssertionsTest {

    private static final String SCHEMA = """
            - type: json-schema
              value:
                type: object
                required: [city, population]
                properties:
                  city: {type: string, pattern: '^[A-Z]'}
                  population: {type: integer, minimum: 0}
            """;

    @Test
    void is_json_passes_on_one_json_value_with_surrounding_whitespace() {
        assertThat(first("[{type: is-json}]", "  {\"a\": [1, 2]}\n").pass()).isTrue();
        assertThat(first("[{type: is-json}]", "42").pass()).isTrue();
    }

    @Test
    void is_json_fails_on_prose_trailing_text_or_an_empty_output() {
        assertThat(first("[{type: is-json}]", "Sure! {\"a\": 1}").reason()).startsWith("the output is not JSON");
        assertThat(first("[{type: is-json}]", "{\"a\": 1} and more").pass()).isFalse();
        assertThat(first("[{type: is-json}]", "   ").reason()).isEqualTo("the output is empty");
    }

    @Test
    void json_schema_passes_an_output_the_schema_accepts() {
        assertThat(first(SCHEMA, "{\"city\": \"Paris\", \"population\": 2100000}").pass()).isTrue();
    }

    @Test
    void json_schema_fails_naming_what_the_schema_refused() {
        AssertionResult missing = first(SCHEMA, "{\"city\": \"paris\"}");
        assertThat(missing.pass()).isFalse();
        assertThat(missing.reason()).contains("does not match the schema", "population");
        assertThat(first(SCHEMA, "not json").reason()).startsWith("the output is not JSON");
    }

    @Test
    void a_json_schema_that_is_not_a_schema_is_refused_when_read() {
        assertThatThrownBy(() -> AssertionParser.parseAll(yamlList("[{type: json-schema, value: {type: 12}}]")))
                .isInstanceOf(InvalidAssertionException.class)
                .hasMessageContaining("assertions[0].value: is not a valid JSON Schema");
        assertThatThrownBy(() -> AssertionParser.parseAll(yamlList("[{type: json-schema, value: {minLength: -1}}]")))
                .hasMessageContaining("assertions[0].value: is not a valid JSON Schema");
        assertThatThrownBy(() -> AssertionParser.parseAll(yamlList("[{type: json-schema, value: [1]}]")))
                .hasMessageContaining("assertions[0].value: must be a JSON Schema object");
    }

    @Test
    void a_json_schema_ref_to_the_network_or_a_file_is_not_fetched() {
        for (String ref : new String[]{"http://127.0.0.1:9/schema.json", "file:///etc/passwd"}) {
            String yaml = "[{type: json-schema, value: {$ref: '" + ref + "'}}]";
            assertThatThrownBy(() -> AssertionParser.parseAll(yamlList(yaml)))
                    .as(ref)
                    .isInstanceOf(InvalidAssertionException.class)
                    .hasMessageContaining("assertions[0].value: is not a usable JSON Schema");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void a_schema_pattern_runs_on_re2_so_a_catastrophic_pattern_cannot_hang() {
        String yaml = "[{type: json-schema, value: {type: string, pattern: '^(a+)+$'}}]";
        assertThat(first(yaml, "\"" + "a".repeat(50_000) + "!\"").pass()).isFalse();
        assertThat(first(yaml, "\"aaaa\"").pass()).isTrue();
        assertThatThrownBy(() -> AssertionParser.parseAll(yamlList(
                "[{type: json-schema, value: {type: string, pattern: '(a)\\1'}}]")))
                .hasMessageContaining("assertions[0].value");
    }

    @Test
    void json_path_compares_the_value_found_with_numbers_by_value() {
        String output = "{\"answer\": {\"city\": \"Paris\", \"n\": 7, \"tags\": [\"a\", \"b\"]}}";
        assertThat(first("[{type: json-path, path: $.answer.city, value: Paris}]", output).pass()).isTrue();
        assertThat(first("[{type: json-path, path: $.answer.n, value: 7.0}]", output).pass()).isTrue();
        assertThat(first("[{type: json-path, path: $.answer.tags, value: [a, b]}]", output).pass()).isTrue();
        assertThat(first("[{type: json-path, path: $.answer.city, value: Lyon}]", output).reason())
                .contains("is 'Paris', expected 'Lyon'");
    }

    @Test
    void json_path_fails_when_nothing_is_at_the_path_or_the_output_is_not_json() {
        assertThat(first("[{type: json-path, path: $.missing, value: 1}]", "{\"a\": 1}").reason()).startsWith("nothing at $.missing");
        assertThat(first("[{type: json-path, path: $.a, value: 1}]", "a: 1").reason()).startsWith("the output is not JSON");
    }

    @Test
    void json_path_refuses_an_invalid_path_a_regex_filter_and_a_missing_value() {
        assertThatThrownBy(() -> AssertionParser.parseAll(yamlList("[{type: json-path, path: '$.[', value: 1}]")))
                .hasMessageContaining("assertions[0].path: is not a valid JSONPath");
        assertThatThrownBy(() -> AssertionParser.parseAll(yamlList("[{type: json-path, path: '$[?(@.a =~ /(a+)+$/)]', value: 1}]")))
                .hasMessageContaining("assertions[0].path: must not use the =~ regex filter");
        assertThatThrownBy(() -> AssertionParser.parseAll(yamlList("[{type: json-path, path: $.a}]")))
                .hasMessageContaining("assertions[0].value: is required");
    }

    @Test
    void two_schemas_with_the_same_id_each_keep_their_own_rules() {
        String strict = "[{type: json-schema, value: {$id: 'https://example.com/answer', type: object, required: [a]}}]";
        String loose = "[{type: json-schema, value: {$id: 'https://example.com/answer', type: object}}]";
        assertThat(first(strict, "{}").pass()).isFalse();
        assertThat(first(loose, "{}").pass()).isTrue();
        assertThat(first(strict, "{}").pass()).isFalse();
    }
}
