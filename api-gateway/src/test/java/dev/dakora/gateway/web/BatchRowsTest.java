package dev.dakora.gateway.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchRowsTest {

    @Test
    void should_read_quoted_cells_with_commas_quotes_and_line_breaks_when_csv_follows_rfc_4180() {
        // given
        String csv = "\uFEFFname,note\r\n\"Lovelace, Ada\",\"said \"\"hi\"\"\"\r\nBo,\"two\nlines\"\r\n\r\n";

        // when
        List<Map<String, Object>> rows = CsvRows.parse(csv);

        // then
        assertThat(rows).containsExactly(
                Map.of("name", "Lovelace, Ada", "note", "said \"hi\""),
                Map.of("name", "Bo", "note", "two\nlines"));
    }

    @Test
    void should_leave_out_empty_cells_and_keep_a_last_line_without_newline() {
        // given / when
        List<Map<String, Object>> rows = CsvRows.parse("a,b\n,2\n1,");

        // then
        assertThat(rows).containsExactly(Map.of("b", "2"), Map.of("a", "1"));
    }

    @Test
    void should_refuse_an_unclosed_quote_a_ragged_row_and_an_empty_header_name() {
        // given / when / then
        assertThatThrownBy(() -> CsvRows.parse("a\n\"open\n")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("quoted cell");
        assertThatThrownBy(() -> CsvRows.parse("a,b\n1\n")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("row 0 has 1 cells");
        assertThatThrownBy(() -> CsvRows.parse("a,,c\n1,2,3\n")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("empty column name");
        assertThatThrownBy(() -> CsvRows.parse("")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void should_read_one_object_per_json_line_and_name_the_line_that_is_not_one() {
        // given / when
        List<Map<String, Object>> rows = JsonLinesRows.parse("{\"a\":1}\r\n\n{\"b\":[\"x\"]}");

        // then
        assertThat(rows).containsExactly(Map.of("a", 1), Map.of("b", List.of("x")));
        assertThatThrownBy(() -> JsonLinesRows.parse("{\"a\":1}\n{oops")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("line 2 is not valid JSON");
        assertThatThrownBy(() -> JsonLinesRows.parse("\"text\"")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("line 1 is not a JSON object");
    }
}
