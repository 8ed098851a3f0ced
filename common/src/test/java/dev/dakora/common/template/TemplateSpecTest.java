package dev.dakora.common.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateSpecTest {

    @ParameterizedTest
    @ValueSource(strings = {"greeting", "multi-input-template", "chat_assistant", "v2.summary", "A1"})
    void should_accept_ids_safe_as_file_and_url_names(String id) {
        assertThat(new TemplateSpec(id, null, null, "x", null, null).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/b", "a\\b", "..", ".hidden", "a..b", "-dash", "with space", "%2e%2e", "a%2Fb", "/abs", "C:x", ""})
    void should_refuse_ids_that_could_escape_or_break_a_path(String id) {
        assertThatThrownBy(() -> new TemplateSpec(id, null, null, "x", null, null))
                .isInstanceOfSatisfying(InvalidSpecException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field).contains("id"));
    }

    @Test
    void should_refuse_ids_longer_than_the_limit() {
        String id = "a".repeat(TemplateSpec.MAX_ID_LENGTH + 1);

        assertThatThrownBy(() -> new TemplateSpec(id, null, null, "x", null, null))
                .hasMessageContaining("id: must be at most 128 characters");
    }

    @Test
    void should_default_the_version() {
        assertThat(new TemplateSpec("t", null, null, "x", null, null).version()).isEqualTo("1.0.0");
    }

    @Test
    void should_refuse_a_default_of_the_wrong_type() {
        // given
        Map<String, InputSpec> inputs = Map.of("n", new InputSpec(InputType.NUMBER, false, "seven", null));

        // when / then
        assertThatThrownBy(() -> new TemplateSpec("t", null, null, "x", inputs, null))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("inputs.n.default: default must be a number, got a string");
    }

    @Test
    void should_refuse_a_boolean_default_for_a_number() {
        Map<String, InputSpec> inputs = Map.of("n", new InputSpec(InputType.NUMBER, false, true, null));

        assertThatThrownBy(() -> new TemplateSpec("t", null, null, "x", inputs, null))
                .hasMessageContaining("inputs.n.default");
    }

    @Test
    void should_accept_defaults_of_every_type() {
        // given
        Map<String, InputSpec> inputs = new LinkedHashMap<>();
        inputs.put("s", new InputSpec(InputType.STRING, false, "", null));
        inputs.put("n", new InputSpec(InputType.NUMBER, false, 1.5, null));
        inputs.put("b", new InputSpec(InputType.BOOLEAN, false, false, null));
        inputs.put("a", new InputSpec(InputType.ARRAY_OF_STRING, false, List.of("x"), null));
        inputs.put("o", new InputSpec(InputType.OBJECT, false, Map.of("k", 1), null));

        // when
        TemplateSpec spec = new TemplateSpec("t", null, null, "x", inputs, null);

        // then
        assertThat(spec.inputs()).hasSize(5);
        assertThat(spec.inputs().get("o").defaultValue()).isEqualTo(Map.of("k", 1L));
    }

    @Test
    void should_name_every_failing_field_at_once() {
        // given
        Map<String, InputSpec> inputs = Map.of("a", new InputSpec(InputType.ARRAY_OF_STRING, false, List.of(1), null));

        // when / then
        assertThatThrownBy(() -> new TemplateSpec("../x", "bad version!", null, null, inputs, null))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("id", "version", "template", "inputs.a.default"));
    }

    @Test
    void should_refuse_input_names_that_are_not_identifiers() {
        Map<String, InputSpec> inputs = Map.of("first name", InputSpec.of(InputType.STRING));

        assertThatThrownBy(() -> new TemplateSpec("t", null, null, "x", inputs, null))
                .hasMessageContaining("inputs.first name");
    }
}
