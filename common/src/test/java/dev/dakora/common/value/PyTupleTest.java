package dev.dakora.common.value;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PyTupleTest {

    @Test
    void should_print_in_parentheses_when_formatted_as_python() {
        assertThat(PythonFormat.repr(List.of(PyTuple.of("a", 1L), PyTuple.of("b", 2.0)))).isEqualTo("[('a', 1), ('b', 2.0)]");
        assertThat(PythonFormat.str(PyTuple.of("only"))).isEqualTo("('only',)");
        assertThat(PythonFormat.str(PyTuple.of())).isEqualTo("()");
    }

    @Test
    void should_still_print_a_list_in_brackets_when_it_is_not_a_tuple() {
        assertThat(PythonFormat.str(List.of("a", 1L))).isEqualTo("['a', 1]");
    }

    @Test
    void should_refuse_changes_when_modified() {
        assertThatThrownBy(() -> PyTuple.of("a").add("b")).isInstanceOf(UnsupportedOperationException.class);
    }
}
