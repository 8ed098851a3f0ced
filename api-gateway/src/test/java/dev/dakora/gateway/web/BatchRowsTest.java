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
        SourceRows rows = CsvRows.parse(csv);

        // then
        assertThat(rows.rows()).containsExactly(
                Map.of("name", "Lovelace, Ada", "note", "said \"hi\""),
                Map.of("name", "Bo", "note", "two\nlines"));
    }

    @Test
    void should_drop_the_byte_order_mark_from_the_first_column_name() {
        // given / when
        SourceRows rows = CsvRows.parse("\uFEFFname\nAda\n");

        // then
        assertThat(rows.rows()).containsExactly(Map.of("name", "Ada"));
    }

    @Test
    void should_keep_a_byte_order_mark_that_is_not_at_the_start_as_part_of_a_cell() {
        // given / when
        SourceRows rows = CsvRows.parse("name\n\uFEFFAda\n");

        // then
        assertThat(rows.rows()).containsExactly(Map.of("name", "\uFEFFAda"));
    }

    @Test
    void should_number_each_row_by_the_line_it_starts_on_when_cells_span_lines_and_blank_lines_are_skipped() {
        // given: row 0 starts on line 2 and spans 3 lines; a blank line 5; row 1 on line 6, row 2 on line 7 (CRLF)
        String csv = "name,note\nAda,\"one\ntwo\nthree\"\n\nBo,x\r\nCy,y";

        // when
        SourceRows rows = CsvRows.parse(csv);

        // then
        assertThat(rows.rows()).hasSize(3);
        assertThat(rows.lines()).containsExactly(2, 6, 7);
        assertThat(rows.lineOf(1)).isEqualTo(6);
    }

    @Test
    void should_leave_out_empty_cells_and_keep_a_last_line_without_newline() {
        // given / when
        SourceRows rows = CsvRows.parse("a,b\n,2\n1,");

        // then
        assertThat(rows.rows()).containsExactly(Map.of("b", "2"), Map.of("a", "1"));
    }

    @Test
    void should_refuse_an_unclosed_quote_a_ragged_row_and_an_empty_header_name() {
        // given / when / then
        assertThatThrownBy(() -> CsvRows.parse("a\n\"open\n")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("quoted cell");
        assertThatThrownBy(() -> CsvRows.parse("a,b\n1,2\n1\n")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("line 3 has 1 cells");
        assertThatThrownBy(() -> CsvRows.parse("a,,c\n1,2,3\n")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("empty column name");
        assertThatThrownBy(() -> CsvRows.parse("")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void should_refuse_text_after_a_closing_quote_naming_csv() {
        // given / when / then
        assertThatThrownBy(() -> CsvRows.parse("a,b\n\"x\"y,2\n")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("is not valid CSV");
    }

    @Test
    void should_read_one_object_per_json_line_with_its_line_and_name_the_line_that_is_not_one() {
        // given / when
        SourceRows rows = JsonLinesRows.parse("{\"a\":1}\r\n\n{\"b\":[\"x\"]}");

        // then
        assertThat(rows.rows()).containsExactly(Map.of("a", 1), Map.of("b", List.of("x")));
        assertThat(rows.lines()).containsExactly(1, 3);
        assertThatThrownBy(() -> JsonLinesRows.parse("{\"a\":1}\n{oops")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("line 2 is not valid JSON");
        assertThatThrownBy(() -> JsonLinesRows.parse("\"text\"")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("line 1 is not a JSON object");
    }

    @Test
    void should_give_no_line_to_rows_of_a_json_body() {
        // given / when
        SourceRows rows = SourceRows.ofJson(List.of(Map.of("a", 1)));

        // then
        assertThat(rows.lineOf(0)).isNull();
    }
}
