package dev.dakora.common.value;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected strings were produced by CPython 3.11's repr(). */
class PythonFormatTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0.1|0.1",
            "0.30000000000000004|0.30000000000000004",
            "1e16|1e+16",
            "1.5e-05|1.5e-05",
            "12345678901234567.0|1.2345678901234568e+16",
            "100.0|100.0",
            "1e15|1000000000000000.0",
            "123456789.123|123456789.123",
            "-2.5|-2.5",
            "0.0001|0.0001",
            "0.00001|1e-05",
            "5e-324|5e-324",
            "1.7976931348623157e308|1.7976931348623157e+308",
            "3.0|3.0",
            "99.99|99.99",
            "-0.0|-0.0",
    })
    void should_format_floats_as_python_repr(double value, String expected) {
        // when
        String formatted = PythonFloats.repr(value);

        // then
        assertThat(formatted).isEqualTo(expected);
    }

    @Test
    void should_match_python_repr_for_thousands_of_random_doubles() throws Exception {
        // given: doubles and their repr, written by CPython (src/test/python/gen_float_reprs.py)
        List<String> rows;
        try (var in = getClass().getResourceAsStream("/python/float_reprs.tsv")) {
            rows = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }

        // when / then
        assertThat(rows).hasSizeGreaterThan(2000);
        for (String row : rows) {
            String[] fields = row.split("\t");
            assertThat(PythonFloats.repr(Double.parseDouble(fields[0]))).as(fields[0]).isEqualTo(fields[1]);
        }
    }

    @Test
    void should_format_non_finite_floats_as_python() {
        assertThat(PythonFormat.str(Double.NaN)).isEqualTo("nan");
        assertThat(PythonFormat.str(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(PythonFormat.str(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    }

    @Test
    void should_quote_strings_in_lists_as_python_repr() {
        // given
        List<String> items = List.of("a", "it's", "say \"hi\"", "both ' \"", "tab\there", "nl\n", "é", "\u0000", "\u200b");

        // when
        String formatted = PythonFormat.str(items);

        // then
        assertThat(formatted).isEqualTo(
                "['a', \"it's\", 'say \"hi\"', 'both \\' \"', 'tab\\there', 'nl\\n', 'é', '\\x00', '\\u200b']");
    }

    @Test
    void should_format_nested_values_as_python_repr() {
        // given
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("k", null);
        value.put("b", true);
        value.put("n", 7L);
        value.put("f", 7.0);
        value.put("l", Arrays.asList(1L, "x"));

        // when
        String formatted = PythonFormat.str(value);

        // then
        assertThat(formatted).isEqualTo("{'k': None, 'b': True, 'n': 7, 'f': 7.0, 'l': [1, 'x']}");
    }

    @Test
    void should_print_strings_bare_and_everything_else_as_repr() {
        assertThat(PythonFormat.str("plain 'text'")).isEqualTo("plain 'text'");
        assertThat(PythonFormat.str(false)).isEqualTo("False");
        assertThat(PythonFormat.str(null)).isEqualTo("None");
        assertThat(PythonFormat.str(42L)).isEqualTo("42");
    }
}
