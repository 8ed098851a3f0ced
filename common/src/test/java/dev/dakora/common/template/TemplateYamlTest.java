package dev.dakora.common.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateYamlTest {

    private static final String GREETING = """
            id: greeting
            version: 1.0.0
            description: A simple greeting template
            template: |
              Hello {{ name }}!
              {% if message %}{{ message }}{% endif %}
            inputs:
              name:
                type: string
                required: true
              message:
                type: string
                required: false
                default: "Welcome to Dakora!"
            metadata:
              tags: ["example", "greeting"]
            """;

    @Test
    void should_load_reference_format_when_yaml_is_well_formed() {
        // when
        TemplateSpec spec = TemplateYaml.load(GREETING);

        // then
        assertThat(spec.id()).isEqualTo("greeting");
        assertThat(spec.template()).isEqualTo("Hello {{ name }}!\n{% if message %}{{ message }}{% endif %}\n");
        assertThat(spec.inputs()).containsOnlyKeys("name", "message");
        assertThat(spec.inputs().get("message").defaultValue()).isEqualTo("Welcome to Dakora!");
        assertThat(spec.metadata()).containsEntry("tags", List.of("example", "greeting"));
    }

    @Test
    void should_write_fields_in_fixed_order_with_literal_template_when_dumping() {
        // given
        TemplateSpec spec = TemplateYaml.load(GREETING);

        // when
        String yaml = TemplateYaml.dump(spec);

        // then
        assertThat(yaml).isEqualTo("""
                id: greeting
                version: 1.0.0
                description: A simple greeting template
                template: |
                  Hello {{ name }}!
                  {% if message %}{{ message }}{% endif %}
                inputs:
                  name:
                    type: string
                    required: true
                  message:
                    type: string
                    required: false
                    default: Welcome to Dakora!
                metadata:
                  tags:
                  - example
                  - greeting
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Hello {{ name }}!\n",
            "Hello {{ name }}!",
            "Hello\n\n\n",
            "\n\nstarts with blank lines",
            "  indented first line\nsecond\n",
            "   ",
            "",
            "\n",
            "tab\tinside\nand a # hash: colon\n",
            "trailing spaces   \nnext line\n",
            "unicode: héllo wörld ✓ 日本語 🚀\n",
            "{% for x in items %}\n  - {{ x | upper }}\n{% endfor %}",
            "'quotes' \"double\" and \\backslash\\",
            "- looks like a list\n? looks like a key\n",
            "windows\r\nline ends\r\n",
    })
    void should_load_back_equal_spec_when_template_text_is_unusual(String text) {
        // given
        TemplateSpec spec = new TemplateSpec("t", "1.0.0", null, text, Map.of(), Map.of());

        // when
        TemplateSpec loaded = TemplateYaml.load(TemplateYaml.dump(spec));

        // then
        assertThat(loaded).isEqualTo(spec);
        assertThat(loaded.template()).isEqualTo(text);
    }

    @Test
    void should_use_block_chomping_indicators_when_text_ends_without_or_with_extra_newlines() {
        // given
        TemplateSpec noNewline = new TemplateSpec("t", "1.0.0", null, "one\ntwo", Map.of(), Map.of());
        TemplateSpec extraNewlines = new TemplateSpec("t", "1.0.0", null, "one\ntwo\n\n", Map.of(), Map.of());

        // when / then
        assertThat(TemplateYaml.dump(noNewline)).contains("template: |-\n  one\n  two\n");
        assertThat(TemplateYaml.dump(extraNewlines)).contains("template: |+\n  one\n  two\n\n");
    }

    @Test
    void should_round_trip_every_input_type_and_null_defaults_when_dumping() {
        // given
        Map<String, InputSpec> inputs = new LinkedHashMap<>();
        inputs.put("text", new InputSpec(InputType.STRING, true, null, "no default"));
        inputs.put("count", new InputSpec(InputType.NUMBER, false, 3, null));
        inputs.put("ratio", new InputSpec(InputType.NUMBER, false, 0.25, null));
        inputs.put("flag", new InputSpec(InputType.BOOLEAN, false, false, null));
        inputs.put("tags", new InputSpec(InputType.ARRAY_OF_STRING, false, List.of("a", "b: c", "true"), null));
        inputs.put("extra", new InputSpec(InputType.OBJECT, false, Map.of("k", List.of(1L, "2")), null));
        inputs.put("maybe", new InputSpec(InputType.STRING, false, null, null));
        Map<String, Object> metadata = Map.of("tags", List.of("x"), "owner", "team-a", "score", 1.5, "live", true);
        TemplateSpec spec = new TemplateSpec("typed", "2.1.0", "Every type", "{{ text }}", inputs, metadata);

        // when
        String yaml = TemplateYaml.dump(spec);
        TemplateSpec loaded = TemplateYaml.load(yaml);

        // then
        assertThat(loaded).isEqualTo(spec);
        assertThat(loaded.inputs().keySet()).containsExactly("text", "count", "ratio", "flag", "tags", "extra", "maybe");
        assertThat(TemplateYaml.dump(loaded)).isEqualTo(yaml);
    }

    @Test
    void should_treat_explicit_null_default_as_no_default_when_loading() {
        // given
        String yaml = """
                id: n
                template: "{{ a }}"
                inputs:
                  a:
                    type: string
                    required: false
                    default: null
                """;

        // when
        TemplateSpec spec = TemplateYaml.load(yaml);

        // then
        assertThat(spec.inputs().get("a").defaultValue()).isNull();
        assertThat(spec.version()).isEqualTo(TemplateSpec.DEFAULT_VERSION);
        assertThat(TemplateYaml.load(TemplateYaml.dump(spec))).isEqualTo(spec);
    }

    @Test
    void should_keep_quoted_scalars_as_text_when_they_look_like_other_types() {
        // given
        TemplateSpec spec = new TemplateSpec("q", "1.0", "yes", "no", Map.of(), Map.of("n", "123", "b", "true"));

        // when
        TemplateSpec loaded = TemplateYaml.load(TemplateYaml.dump(spec));

        // then
        assertThat(loaded).isEqualTo(spec);
        assertThat(loaded.metadata().get("n")).isEqualTo("123");
    }

    @Test
    void should_report_line_and_column_when_yaml_is_malformed() {
        // given
        String yaml = "id: broken\ntemplate: \"unterminated\ninputs: [\n";

        // when / then
        assertThatThrownBy(() -> TemplateYaml.load(yaml))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("not valid YAML at line")
                .satisfies(e -> assertThat(((InvalidSpecException) e).errors()).extracting(FieldError::field).containsExactly("(yaml)"));
    }

    @Test
    void should_report_bad_indentation_with_its_line_when_mapping_is_broken() {
        // given
        String yaml = "id: x\ntemplate: hi\ninputs:\n  a:\n    type: string\n   required: true\n";

        // when / then
        assertThatThrownBy(() -> TemplateYaml.load(yaml))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("line 6");
    }

    @Test
    void should_refuse_document_when_it_is_not_a_mapping() {
        assertThatThrownBy(() -> TemplateYaml.load("- just\n- a list\n"))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("must be a mapping");
        assertThatThrownBy(() -> TemplateYaml.load(""))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("is empty");
    }

    @Test
    void should_name_each_field_when_field_types_are_wrong() {
        // given
        String yaml = """
                id: [not, a, string]
                template: {a: 1}
                inputs:
                  n:
                    type: number
                    required: maybe
                    default: "ten"
                  w:
                    type: widget
                metadata: [1, 2]
                """;

        // when / then
        assertThatThrownBy(() -> TemplateYaml.load(yaml))
                .isInstanceOf(InvalidSpecException.class)
                .satisfies(e -> assertThat(((InvalidSpecException) e).errors()).extracting(FieldError::field)
                        .contains("id", "template", "inputs.n.required", "inputs.w.type", "metadata"));
    }

    @Test
    void should_refuse_custom_tags_when_loading_safely() {
        // given
        String yaml = "id: x\ntemplate: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n";

        // when / then
        assertThatThrownBy(() -> TemplateYaml.load(yaml))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void should_keep_dates_as_written_when_metadata_holds_them() {
        // given
        String yaml = "id: d\ntemplate: x\nmetadata:\n  created: 2024-05-01\n  reviewed: 2024-05-01T10:00:00Z\n";

        // when
        TemplateSpec spec = TemplateYaml.load(yaml);

        // then
        assertThat(spec.metadata()).containsEntry("created", "2024-05-01").containsEntry("reviewed", "2024-05-01T10:00:00Z");
        assertThat(TemplateYaml.load(TemplateYaml.dump(spec))).isEqualTo(spec);
    }

    @Test
    void should_refuse_document_when_aliases_expand_too_far() {
        // given
        StringBuilder yaml = new StringBuilder("id: bomb\ntemplate: x\nmetadata:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("  a").append(i).append(": &a").append(i).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        }

        // when / then
        assertThatThrownBy(() -> TemplateYaml.load(yaml.toString()))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("not valid YAML");
    }
}
