package dev.dakora.common.render;

import dev.dakora.common.template.InvalidInputException;
import dev.dakora.common.template.TemplateDocuments;
import dev.dakora.common.template.TemplateSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every case real Jinja2 produced (configured as the reference) renders the same here, byte for
 * byte, or fails the same way. A case listed in {@link #KNOWN_DIFFERENCES} is one this renderer
 * cannot match; the test pins what it renders instead, so any change is noticed.
 */
class Jinja2ParityTest {

    /** Marks a known difference where this renderer fails with a message holding the rest of the text. */
    private static final String FAILS_WITH = "fails with: ";

    /** Case name to what this renderer outputs instead of Jinja2's text, with the reason. */
    static final Map<String, String> KNOWN_DIFFERENCES = Map.of();

    private static final TemplateRenderer RENDERER = new TemplateRenderer();

    static Stream<ParityCase> referenceCases() {
        return ParityCase.load("/parity/jinja2-render-cases.jsonl").stream();
    }

    static Stream<ParityCase> extraCases() {
        return ParityCase.load("/parity/jinja2-extra-cases.jsonl").stream();
    }

    static Stream<ParityCase> filterCases() {
        return ParityCase.load("/parity/jinja2-filter-cases.jsonl").stream();
    }

    static Stream<ParityCase> tagCases() {
        return ParityCase.load("/parity/jinja2-tag-cases.jsonl").stream();
    }

    static Stream<ParityCase> expressionCases() {
        return ParityCase.load("/parity/jinja2-expression-cases.jsonl").stream();
    }

    @AfterAll
    static void closeRenderer() {
        RENDERER.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceCases")
    void should_match_jinja2_when_rendering_reference_case(ParityCase parity) {
        check(parity);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extraCases")
    void should_match_jinja2_when_rendering_extra_case(ParityCase parity) {
        check(parity);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filterCases")
    void should_match_jinja2_when_rendering_tag_filter_or_method_case(ParityCase parity) {
        check(parity);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tagCases")
    void should_match_jinja2_when_rendering_tag_loop_or_global_case(ParityCase parity) {
        check(parity);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expressionCases")
    void should_match_jinja2_when_rendering_expression_case(ParityCase parity) {
        check(parity);
    }

    @Test
    void should_hold_all_59_reference_cases_when_loading_the_parity_file() {
        // given / when
        List<ParityCase> cases = referenceCases().toList();

        // then
        assertThat(cases).hasSize(59);
        assertThat(cases).extracting(ParityCase::name).doesNotHaveDuplicates();
    }

    private static void check(ParityCase parity) {
        // given
        TemplateSpec spec = TemplateDocuments.fromMap(parity.spec());

        // when / then
        if (KNOWN_DIFFERENCES.getOrDefault(parity.name(), "").startsWith(FAILS_WITH)) {
            assertThatThrownBy(() -> RENDERER.render(spec, parity.inputs())).isInstanceOf(RenderException.class)
                    .hasMessageContaining(KNOWN_DIFFERENCES.get(parity.name()).substring(FAILS_WITH.length()));
        } else if (KNOWN_DIFFERENCES.containsKey(parity.name())) {
            assertThat(RENDERER.render(spec, parity.inputs()).rendered())
                    .isNotEqualTo(parity.expectedOutput())
                    .isEqualTo(KNOWN_DIFFERENCES.get(parity.name()));
        } else if ("validation".equals(parity.expectedError())) {
            assertThatThrownBy(() -> RENDERER.render(spec, parity.inputs())).isInstanceOf(InvalidInputException.class);
        } else if ("render".equals(parity.expectedError())) {
            assertThatThrownBy(() -> RENDERER.render(spec, parity.inputs())).isInstanceOf(RenderException.class);
        } else {
            assertThat(RENDERER.render(spec, parity.inputs()).rendered()).isEqualTo(parity.expectedOutput());
        }
    }
}
