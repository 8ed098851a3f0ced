package dev.dakora.gateway.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LineNumbersTest {

    @Test
    void should_count_lf_crlf_and_a_lone_cr_each_as_one_line_break() {
        // given: line 1 "a", line 2 "b", line 3 "c", line 4 "d"
        LineNumbers lines = new LineNumbers("a\nb\r\nc\rd");

        // when / then
        assertThat(lines.lineAt(0)).isEqualTo(1);
        assertThat(lines.lineAt(2)).isEqualTo(2);
        assertThat(lines.lineAt(5)).isEqualTo(3);
        assertThat(lines.lineAt(7)).isEqualTo(4);
        assertThat(lines.lineAt(7)).isEqualTo(4);
    }

    @Test
    void should_refuse_an_offset_before_the_one_asked_last() {
        // given
        LineNumbers lines = new LineNumbers("a\nb\n");
        lines.lineAt(3);

        // when / then
        assertThatThrownBy(() -> lines.lineAt(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
