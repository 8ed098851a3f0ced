package dev.dakora.common.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Jinja2's {@code xs.0} item syntax, number attributes, and the tests it answers on an undefined value. */
class ItemAndAttributeSyntaxTest {

    private static final JinjavaEngine ENGINE = new JinjavaEngine(RenderLimits.defaults());

    @Test
    void should_read_an_item_after_a_dot_and_an_int_but_not_start_a_number_with_a_dot() {
        assertThat(render("{{ xs.0 }}{{ o.l.1.0 }}{{ 1.5 }}")).isEqualTo("aq1.5");
        assertThatThrownBy(() -> render("{{ .5 }}")).isInstanceOf(RenderException.class);
        assertThatThrownBy(() -> render("{{ xs.5 }}")).hasMessageContaining("no element 5");
    }

    @Test
    void should_offer_the_real_and_imag_attributes_of_numbers_but_no_others() {
        assertThat(render("{{ n.real }} {{ n.imag }} {{ 2.5.real }} {{ 2.5.imag }} {{ n.denominator }}")).isEqualTo("7 0 2.5 0.0 1");
        assertThatThrownBy(() -> render("{{ n.foo }}")).hasMessageContaining("'int' object has no attribute 'foo'");
        assertThatThrownBy(() -> render("{{ 2.5.numerator }}")).hasMessageContaining("'float' object has no attribute 'numerator'");
    }

    @Test
    void should_answer_type_tests_on_a_missing_value_but_fail_on_an_attribute_of_it() {
        assertThat(render("{{ missing is none }} {{ o.missing is string }} {{ missing is not mapping }}")).isEqualTo("False False True");
        assertThatThrownBy(() -> render("{{ o.missing.x is defined }}")).hasMessageContaining("has no attribute 'x'");
        assertThatThrownBy(() -> render("{{ missing.x is none }}")).hasMessageContaining("an undefined value has no attribute 'x'");
    }

    private static String render(String template) {
        Map<String, Object> inputs = Map.of("xs", List.of("a", "b"), "o", Map.of("l", List.of("p", List.of("q", "r"))), "n", 7L);
        return ENGINE.render(ENGINE.parse(template), inputs);
    }
}
