package dev.dakora.common.render;

import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.InputType;
import dev.dakora.common.template.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.dakora.common.render.RenderFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The renderer's API: validation, errors a user can act on, inputs used, caching. */
class TemplateRendererTest {

    private final TemplateRenderer renderer = new TemplateRenderer(
            new RenderLimits(10_000, 1_000, 10, Duration.ofSeconds(5), 4, 3));

    @AfterEach
    void close() {
        renderer.close();
    }

    @Test
    void should_accept_a_template_when_it_parses() {
        assertThatCode(() -> renderer.validate("{% for x in xs %}{{ x|upper }}{% else %}none{% endfor %}"))
                .doesNotThrowAnyException();
    }

    @Test
    void should_report_syntax_error_with_line_when_an_expression_does_not_parse() {
        // when
        RenderException error = catchThrowableOfType(RenderException.class,
                () -> renderer.validate("line one\n{% if x %}{{ x + }}{% endif %}"));

        // then
        assertThat(error.kind()).isEqualTo(RenderException.Kind.SYNTAX);
        assertThat(error.line()).hasValue(2);
        assertThat(error.getMessage()).contains("'x +'").contains("at line 2");
    }

    @Test
    void should_report_syntax_error_when_a_block_is_not_closed() {
        // when
        RenderException error = catchThrowableOfType(RenderException.class, () -> renderer.validate("A\n{% if name %}Hi"));

        // then
        assertThat(error.kind()).isEqualTo(RenderException.Kind.SYNTAX);
        assertThat(error.getMessage()).contains("endif");
        assertThat(error.line()).hasValue(2);
    }

    @Test
    void should_report_syntax_error_when_a_filter_does_not_exist() {
        // when
        RenderException error = catchThrowableOfType(RenderException.class, () -> renderer.validate("{{ x|shout }}"));

        // then
        assertThat(error.kind()).isEqualTo(RenderException.Kind.SYNTAX);
        assertThat(error.getMessage()).isEqualTo("no filter named 'shout' at line 1");
    }

    @Test
    void should_name_the_variable_and_line_when_a_template_uses_an_undeclared_one() {
        // when
        RenderException error = catchThrowableOfType(RenderException.class,
                () -> renderer.render(spec("Hi {{ name }} and {{ other }}", "name"), Map.of("name", "x")));

        // then
        assertThat(error.kind()).isEqualTo(RenderException.Kind.UNDEFINED);
        assertThat(error.getMessage()).isEqualTo("undefined variable 'other' at line 1");
        assertThat(error.line()).hasValue(1);
    }

    @Test
    void should_name_the_attribute_when_an_object_input_lacks_it() {
        // given
        var spec = spec("{{ o.email }}\n{{ o.phone }}", Map.of("o", InputSpec.of(InputType.OBJECT)));

        // when
        RenderException error = catchThrowableOfType(RenderException.class,
                () -> renderer.render(spec, Map.of("o", Map.of("email", "a@b.c"))));

        // then
        assertThat(error.kind()).isEqualTo(RenderException.Kind.UNDEFINED);
        assertThat(error.getMessage()).isEqualTo("'dict' object has no attribute 'phone' at line 2");
    }

    @Test
    void should_treat_missing_names_as_undefined_when_the_template_only_asks_about_them() {
        // when
        String rendered = renderer.render(spec(
                "{% if other is defined %}yes{% else %}no{% endif %} {{ other|default('fallback') }} {{ v is defined }}", "v"),
                Map.of()).rendered();

        // then
        assertThat(rendered).isEqualTo("no fallback True");
    }

    @Test
    void should_throw_invalid_input_when_a_required_input_is_missing() {
        // given
        var spec = spec("Hi {{ name }}", Map.of("name", InputSpec.of(InputType.STRING)));

        // when / then
        assertThatThrownBy(() -> renderer.render(spec, Map.of())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("name");
    }

    @Test
    void should_return_the_coerced_inputs_with_defaults_when_rendering() {
        // given
        Map<String, InputSpec> inputs = new LinkedHashMap<>();
        inputs.put("n", InputSpec.of(InputType.NUMBER));
        inputs.put("tone", new InputSpec(InputType.STRING, false, "formal", null));
        var spec = spec("{{ n }} {{ tone }}", inputs);

        // when
        RenderResult result = renderer.render(spec, Map.of("n", "7", "ignored", true));

        // then
        assertThat(result.rendered()).isEqualTo("7.0 formal");
        assertThat(result.inputsUsed()).containsExactly(Map.entry("n", 7.0), Map.entry("tone", "formal"));
    }

    @Test
    void should_drop_trailing_newlines_of_the_template_when_rendering_a_spec() {
        // when
        String rendered = renderer.render(spec("Line\n\n{{ v }}\n\n", "v"), Map.of("v", "x")).rendered();

        // then
        assertThat(rendered).isEqualTo("Line\n\nx");
    }

    @Test
    void should_parse_a_template_once_when_rendering_it_again() {
        // given
        var spec = spec("Hi {{ v }}", "v");

        // when
        renderer.render(spec, Map.of("v", "a"));
        String second = renderer.render(spec, Map.of("v", "b")).rendered();

        // then
        assertThat(second).isEqualTo("Hi b");
        assertThat(renderer.cachedTemplates()).isEqualTo(1);
    }

    @Test
    void should_keep_at_most_cache_size_templates_when_rendering_many() {
        // when
        for (int i = 0; i < 10; i++) {
            renderer.render(spec("template " + i), Map.of());
        }

        // then
        assertThat(renderer.cachedTemplates()).isEqualTo(3);
        assertThat(renderer.render(spec("template 0"), Map.of()).rendered()).isEqualTo("template 0");
    }

    @Test
    void should_keep_templates_apart_when_their_hash_codes_collide() {
        // given "Aa" and "BB" share String.hashCode
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());

        // when
        List<String> rendered = List.of(renderer.render(spec("Aa"), Map.of()).rendered(),
                renderer.render(spec("BB"), Map.of()).rendered());

        // then
        assertThat(rendered).containsExactly("Aa", "BB");
    }

    @Test
    void should_refuse_to_render_when_closed() {
        // given
        renderer.close();

        // when / then
        assertThatThrownBy(() -> renderer.render(spec("x"), Map.of())).isInstanceOf(IllegalStateException.class);
    }
}
