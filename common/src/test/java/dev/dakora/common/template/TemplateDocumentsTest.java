package dev.dakora.common.template;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateDocumentsTest {

    private static Map<String, Object> greeting() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", "greeting");
        doc.put("version", "1.0.0");
        doc.put("description", "A simple greeting template");
        doc.put("template", "Hello {{ name }}!\n");
        doc.put("inputs", Map.of(
                "name", Map.of("type", "string", "required", true),
                "message", Map.of("type", "string", "required", false, "default", "Welcome to Dakora!")));
        doc.put("metadata", Map.of("tags", List.of("example", "greeting")));
        return doc;
    }

    @Test
    void should_read_the_reference_document_shape() {
        // when
        TemplateSpec spec = TemplateDocuments.fromMap(greeting());

        // then
        assertThat(spec.id()).isEqualTo("greeting");
        assertThat(spec.inputs().get("name")).isEqualTo(new InputSpec(InputType.STRING, true, null, null));
        assertThat(spec.inputs().get("message").defaultValue()).isEqualTo("Welcome to Dakora!");
        assertThat(spec.metadata()).containsEntry("tags", List.of("example", "greeting"));
    }

    @Test
    void should_give_the_same_spec_back_from_its_document() {
        TemplateSpec spec = TemplateDocuments.fromMap(greeting());

        assertThat(TemplateDocuments.fromMap(TemplateDocuments.toMap(spec))).isEqualTo(spec);
    }

    @Test
    void should_default_input_type_to_string_and_required_to_true() {
        Map<String, Object> doc = Map.of("id", "t", "template", "x", "inputs", Map.of("a", Map.of()));

        assertThat(TemplateDocuments.fromMap(doc).inputs().get("a")).isEqualTo(InputSpec.of(InputType.STRING));
    }

    @Test
    void should_name_an_unknown_input_type_and_list_the_known_ones() {
        Map<String, Object> doc = Map.of("id", "t", "template", "x", "inputs", Map.of("a", Map.of("type", "integer")));

        assertThatThrownBy(() -> TemplateDocuments.fromMap(doc))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("inputs.a.type: unknown type 'integer'; known types: string, number, boolean, array<string>, object");
    }

    @Test
    void should_report_fields_of_the_wrong_type_with_their_path() {
        // given
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", List.of("x"));
        doc.put("template", Map.of());
        doc.put("inputs", Map.of("a", Map.of("required", "sometimes")));
        doc.put("metadata", "tags");

        // when / then
        assertThatThrownBy(() -> TemplateDocuments.fromMap(doc))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .contains("id", "template", "inputs.a.required", "metadata"));
    }

    @Test
    void should_read_a_numeric_version_as_text() {
        Map<String, Object> doc = Map.of("id", "t", "version", 2, "template", "x");

        assertThat(TemplateDocuments.fromMap(doc).version()).isEqualTo("2");
    }

    @Test
    void should_refuse_an_empty_document() {
        assertThatThrownBy(() -> TemplateDocuments.fromMap(null)).isInstanceOf(InvalidSpecException.class);
    }
}
