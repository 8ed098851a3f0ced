package dev.dakora.gateway.web;

import dev.dakora.common.template.FieldError;
import dev.dakora.common.template.InvalidSpecException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BodyProblemsTest {

    private static final JsonMapper STRICT = StrictJsonCodec.strict(JsonMapper.builder().build());

    @Test
    void should_spell_java_property_paths_as_the_wire_does() {
        // given / when / then
        assertThat(BodyProblems.wireName("maxTokens")).isEqualTo("max_tokens");
        assertThat(BodyProblems.wireName("template.templateId")).isEqualTo("template.template_id");
        assertThat(BodyProblems.wireName("models[1]")).isEqualTo("models[1]");
    }

    @Test
    void should_name_the_nested_field_of_the_wrong_json_type() {
        // given
        String json = "{\"type\": \"render\", \"template\": {\"template\": true}}";

        // when / then
        assertThatThrownBy(() -> STRICT.readValue(json, JobBodies.Job.class)).satisfies(failure ->
                assertThat(BodyProblems.of(failure)).get().extracting(InvalidRequestException::errors)
                        .isEqualTo(List.of(new FieldError("template.template", "must be a string"))));
    }

    @Test
    void should_read_a_number_in_an_unsaved_template_document_as_its_text() {
        // given
        String json = "{\"type\": \"render\", \"template\": {\"version\": 1.0, \"template\": 5}}";

        // when
        JobBodies.Job job = STRICT.readValue(json, JobBodies.Job.class);

        // then
        assertThat(job.template().version()).isEqualTo("1.0");
        assertThat(job.template().template()).isEqualTo("5");
    }

    @Test
    void should_read_a_body_of_the_right_types() {
        // given
        String json = "{\"type\": \"compare\", \"template_id\": \"t\", \"models\": [\"echo\"], \"params\": {\"seed\": 3}}";

        // when
        JobBodies.Job job = STRICT.readValue(json, JobBodies.Job.class);

        // then
        assertThat(job.templateId()).isEqualTo("t");
        assertThat(job.params()).isEqualTo(Map.of("seed", 3));
    }

    @Test
    void should_pass_on_a_document_reader_refusal_with_its_errors() {
        // given
        InvalidSpecException refused = new InvalidSpecException(List.of(new FieldError("inputs.a.type", "unknown type")));

        // when / then
        assertThat(BodyProblems.of(new RuntimeException("wrapped", refused))).get()
                .extracting(InvalidRequestException::errors).isEqualTo(refused.errors());
        assertThat(BodyProblems.of(new RuntimeException("not a body problem"))).isEmpty();
    }
}
