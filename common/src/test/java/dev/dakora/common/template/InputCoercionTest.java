package dev.dakora.common.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputCoercionTest {

    private static TemplateSpec specWith(Map<String, InputSpec> inputs) {
        return new TemplateSpec("t", null, null, "x", inputs, null);
    }

    private static TemplateSpec specWith(String name, InputSpec input) {
        return specWith(Map.of(name, input));
    }

    @Test
    void should_apply_default_when_input_is_missing() {
        // given
        TemplateSpec spec = specWith("message", new InputSpec(InputType.STRING, false, "Welcome!", null));

        // when
        Map<String, Object> used = spec.coerceInputs(Map.of());

        // then
        assertThat(used).containsEntry("message", "Welcome!");
    }

    @Test
    void should_use_none_when_optional_input_without_default_is_missing() {
        TemplateSpec spec = specWith("v", new InputSpec(InputType.STRING, false, null, null));

        assertThat(spec.coerceInputs(Map.of())).containsEntry("v", null);
    }

    @Test
    void should_refuse_missing_required_input_without_default() {
        TemplateSpec spec = specWith("name", InputSpec.of(InputType.STRING));

        assertThatThrownBy(() -> spec.coerceInputs(Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("name: is required");
    }

    @Test
    void should_treat_explicit_null_like_a_missing_input() {
        // given
        TemplateSpec spec = specWith("message", new InputSpec(InputType.STRING, true, "hi", null));
        Map<String, Object> given = new HashMap<>();
        given.put("message", null);

        // when / then
        assertThat(spec.coerceInputs(given)).containsEntry("message", "hi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "y", "1", "true", "TRUE", " Yes "})
    void should_read_true_words_as_true(String word) {
        TemplateSpec spec = specWith("flag", InputSpec.of(InputType.BOOLEAN));

        assertThat(spec.coerceInputs(Map.of("flag", word))).containsEntry("flag", true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "false", "0", "", "on", "2"})
    void should_read_any_other_word_as_false(String word) {
        TemplateSpec spec = specWith("flag", InputSpec.of(InputType.BOOLEAN));

        assertThat(spec.coerceInputs(Map.of("flag", word))).containsEntry("flag", false);
    }

    @Test
    void should_read_numbers_as_booleans_by_truthiness() {
        TemplateSpec spec = specWith("flag", InputSpec.of(InputType.BOOLEAN));

        assertThat(spec.coerceInputs(Map.of("flag", 0))).containsEntry("flag", false);
        assertThat(spec.coerceInputs(Map.of("flag", 3))).containsEntry("flag", true);
        assertThat(spec.coerceInputs(Map.of("flag", 0.0))).containsEntry("flag", false);
    }

    @Test
    void should_keep_integers_and_floats_apart() {
        TemplateSpec spec = specWith("n", InputSpec.of(InputType.NUMBER));

        assertThat(spec.coerceInputs(Map.of("n", 7))).containsEntry("n", 7L);
        assertThat(spec.coerceInputs(Map.of("n", 99.99))).containsEntry("n", 99.99);
        assertThat(spec.coerceInputs(Map.of("n", "7"))).containsEntry("n", 7.0);
        assertThat(spec.coerceInputs(Map.of("n", " 1_000.5 "))).containsEntry("n", 1000.5);
        assertThat(spec.coerceInputs(Map.of("n", "1e3"))).containsEntry("n", 1000.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seven", "7d", "0x10", "nan", "inf", "1__0", ""})
    void should_refuse_strings_that_are_not_numbers(String text) {
        TemplateSpec spec = specWith("n", InputSpec.of(InputType.NUMBER));

        assertThatThrownBy(() -> spec.coerceInputs(Map.of("n", text)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("n: expected a number");
    }

    @Test
    void should_refuse_booleans_for_numbers() {
        TemplateSpec spec = specWith("n", InputSpec.of(InputType.NUMBER));

        assertThatThrownBy(() -> spec.coerceInputs(Map.of("n", true)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("got a boolean");
    }

    @Test
    void should_turn_any_value_into_a_string_as_python_str() {
        TemplateSpec spec = specWith("s", InputSpec.of(InputType.STRING));

        assertThat(spec.coerceInputs(Map.of("s", 42))).containsEntry("s", "42");
        assertThat(spec.coerceInputs(Map.of("s", 7.0))).containsEntry("s", "7.0");
        assertThat(spec.coerceInputs(Map.of("s", true))).containsEntry("s", "True");
        assertThat(spec.coerceInputs(Map.of("s", List.of("a")))).containsEntry("s", "['a']");
    }

    @Test
    void should_wrap_a_single_string_for_array_of_strings() {
        TemplateSpec spec = specWith("tags", InputSpec.of(InputType.ARRAY_OF_STRING));

        assertThat(spec.coerceInputs(Map.of("tags", "solo"))).containsEntry("tags", List.of("solo"));
        assertThat(spec.coerceInputs(Map.of("tags", List.of("a", "b")))).containsEntry("tags", List.of("a", "b"));
    }

    @Test
    void should_refuse_arrays_with_items_that_are_not_strings() {
        TemplateSpec spec = specWith("tags", InputSpec.of(InputType.ARRAY_OF_STRING));

        assertThatThrownBy(() -> spec.coerceInputs(Map.of("tags", List.of(1, 2))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("tags: expected a list of strings");
        assertThatThrownBy(() -> spec.coerceInputs(Map.of("tags", 5)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void should_accept_only_maps_for_objects() {
        TemplateSpec spec = specWith("o", InputSpec.of(InputType.OBJECT));

        assertThat(spec.coerceInputs(Map.of("o", Map.of("k", "v")))).containsEntry("o", Map.of("k", "v"));
        assertThatThrownBy(() -> spec.coerceInputs(Map.of("o", "not an object")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("o: expected an object, got a string");
    }

    @Test
    void should_drop_undeclared_inputs_and_keep_declaration_order() {
        // given
        Map<String, InputSpec> inputs = new LinkedHashMap<>();
        inputs.put("b", InputSpec.of(InputType.STRING));
        inputs.put("a", InputSpec.of(InputType.STRING));
        TemplateSpec spec = specWith(inputs);

        // when
        Map<String, Object> used = spec.coerceInputs(Map.of("a", "1", "b", "2", "unused", 42));

        // then
        assertThat(used.keySet()).containsExactly("b", "a");
    }

    @Test
    void should_name_every_failing_input_at_once() {
        // given
        Map<String, InputSpec> inputs = new LinkedHashMap<>();
        inputs.put("name", InputSpec.of(InputType.STRING));
        inputs.put("n", InputSpec.of(InputType.NUMBER));
        TemplateSpec spec = specWith(inputs);

        // when / then
        assertThatThrownBy(() -> spec.coerceInputs(Map.of("n", "x")))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("name", "n"));
    }
}
