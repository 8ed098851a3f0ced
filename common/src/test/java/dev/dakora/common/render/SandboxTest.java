package dev.dakora.common.render;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.dakora.common.render.RenderFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Untrusted templates and inputs reach nothing but the values they were given. */
class SandboxTest {

    private static final TemplateRenderer RENDERER = new TemplateRenderer();

    @AfterAll
    static void close() {
        RENDERER.close();
    }

    @Test
    void should_print_template_syntax_literally_when_an_input_holds_it() {
        // given
        var spec = spec("Answer: {{ v }}", "v");

        // when
        String rendered = RENDERER.render(spec, Map.of("v", "{{ 7*7 }} {% for x in range(3) %}x{% endfor %}")).rendered();

        // then
        assertThat(rendered).isEqualTo("Answer: {{ 7*7 }} {% for x in range(3) %}x{% endfor %}");
    }

    @Test
    void should_evaluate_the_same_expression_when_it_is_part_of_the_template() {
        // given
        var spec = spec("Answer: {{ 7*7 }}");

        // when
        String rendered = RENDERER.render(spec, Map.of()).rendered();

        // then
        assertThat(rendered).isEqualTo("Answer: 49");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{{ ''.getClass() }}",
            "{{ ''.class }}",
            "{{ v.getClass().getClassLoader() }}",
            "{{ v.getClass().forName('java.lang.Runtime') }}",
            "{{ v.class.forName('java.lang.Runtime').getRuntime().exec('id') }}",
            "{{ v.getBytes() }}",
            "{{ v.toCharArray() }}",
            "{{ v.hashCode() }}",
            "{{ loop.getClass() }}",
            "{{ ____int3rpr3t3r____.config }}",
            "{{ ____int3rpr3t3r____.getContext() }}",
            "{{ {}.getClass().getName() }}",
            "{{ [].getClass() }}",
            "{{ (1).getClass() }}",
            "{% set m = {} %}{{ m.put('a', 1) }}",
            "{% include 'application.yml' %}",
            "{% import 'x.html' as x %}",
            "{% extends 'base.html' %}",
            "{{ v|render }}",
            "{{ v|fromjson }}"})
    void should_fail_without_running_java_when_a_template_reaches_for_it(String template) {
        // given
        var spec = spec(template, "v");

        // when
        RenderException error = catchThrowableOfType(RenderException.class,
                () -> RENDERER.render(spec, Map.of("v", "{\"a\": 1}")));

        // then
        assertThat(error).as("render of %s", template).isNotNull();
        assertThat(error.getMessage()).doesNotContain("java.lang.Class").doesNotContain("uid=");
    }

    @Test
    void should_keep_rendering_after_a_template_reached_for_java() {
        // given
        var evil = spec("{{ ''.getClass().forName('java.lang.Runtime') }}");
        assertThatThrownBy(() -> RENDERER.render(evil, Map.of())).isInstanceOf(RenderException.class);

        // when
        String rendered = RENDERER.render(spec("Hi {{ v }}", "v"), Map.of("v", "there")).rendered();

        // then
        assertThat(rendered).isEqualTo("Hi there");
    }
}
