package dev.dakora.common.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateVariablesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TemplateRenderer RENDERER = new TemplateRenderer();

    @ParameterizedTest
    @MethodSource("jinja2Cases")
    void findsTheNamesJinja2MetaFinds(Map<String, Object> jinja2) {
        List<String> variables = RENDERER.variables((String) jinja2.get("template"));

        assertThat(variables).containsExactlyInAnyOrderElementsOf(asStrings(jinja2.get("variables")));
    }

    @Test
    void listsNamesInTheOrderTheTemplateFirstReadsThem() {
        assertThat(RENDERER.variables("{{ b }}{{ a }}{{ b }}{% if c %}{{ a }}{% endif %}")).containsExactly("b", "a", "c");
    }

    @Test
    void aTemplateWithoutNamesReadsNothing() {
        assertThat(RENDERER.variables("plain text {{ 'x' | upper }} {{ 1 + 2 }}")).isEmpty();
    }

    @Test
    void aLoopVariableIsReadFromTheInputsOutsideItsLoop() {
        assertThat(RENDERER.variables("{% for x in xs %}{{ x }}{% endfor %}{{ x }}")).containsExactly("xs", "x");
    }

    @Test
    void aTemplateThatDoesNotParseHasNoVariables() {
        assertThatThrownBy(() -> RENDERER.variables("{% for x in %}{{ x }}"))
                .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.kind()).isEqualTo(RenderException.Kind.SYNTAX));
    }

    static List<Map<String, Object>> jinja2Cases() {
        String resource = "/variables/jinja2-meta-cases.jsonl";
        try (InputStream in = TemplateVariablesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.isBlank()).map(TemplateVariablesTest::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String line) {
        return JSON.readValue(line, Map.class);
    }

    private static List<String> asStrings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }
}
