package dev.dakora.evaluation.dataset;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvDatasetTest {

    private final DatasetParser parser = new DatasetParser(1000, 1 << 20);

    private Dataset csv(String text) {
        return parser.parse("capitals", "1.0.0", DatasetFormat.CSV, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reads_inputs_expected_output_and_metadata_columns() {
        Dataset dataset = csv("country,__expected,__meta.source\nFrance,Paris,atlas\nJapan,Tokyo,\n");
        assertThat(dataset.rows()).hasSize(2);
        DatasetRow first = dataset.rows().getFirst();
        assertThat(first.inputs()).isEqualTo(Map.of("country", "France"));
        assertThat(first.expected()).isEqualTo("Paris");
        assertThat(first.metadata()).isEqualTo(Map.of("source", "atlas"));
        assertThat(dataset.rows().get(1).metadata()).isEmpty();
        assertThat(dataset.rows()).extracting(DatasetRow::row, DatasetRow::line)
                .containsExactly(org.assertj.core.api.Assertions.tuple(1, 2), org.assertj.core.api.Assertions.tuple(2, 3));
    }

    @Test
    void quoted_cells_keep_commas_quotes_and_line_breaks_and_lines_follow_the_file() {
        String text = "question,__expected\r\n\"Say \"\"hi\"\", then\nwave\",ok\r\nplain,\"a,b\"\r\n";
        Dataset dataset = csv(text);
        assertThat(dataset.rows().getFirst().inputs()).containsEntry("question", "Say \"hi\", then\nwave");
        assertThat(dataset.rows().get(1).expected()).isEqualTo("a,b");
        assertThat(dataset.rows()).extracting(DatasetRow::line).containsExactly(2, 4);
    }

    @Test
    void a_byte_order_mark_is_not_part_of_the_first_column_name() {
        byte[] body = "\uFEFFname\nAda\n".getBytes(StandardCharsets.UTF_8);
        Dataset dataset = parser.parse("d", null, DatasetFormat.CSV, body);
        assertThat(dataset.rows().getFirst().inputs()).containsOnlyKeys("name");
        assertThat(dataset.version()).isEqualTo("1.0.0");
    }

    @Test
    void blank_lines_are_skipped_and_rows_keep_their_file_lines() {
        Dataset dataset = csv("name\n\nAda\n\n\nBob");
        assertThat(dataset.rows()).extracting(DatasetRow::row).containsExactly(1, 2);
        assertThat(dataset.rows()).extracting(DatasetRow::line).containsExactly(3, 6);
    }

    @Test
    void an_empty_cell_leaves_the_input_out_so_its_default_applies() {
        assertThat(csv("name,mood\nAda,\n").rows().getFirst().inputs()).isEqualTo(Map.of("name", "Ada"));
    }

    @Test
    void every_row_with_a_wrong_cell_count_is_named_with_its_row_and_line() {
        assertThatThrownBy(() -> csv("a,b\n1,2\n1\n\n1,2,3\n"))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.errors())
                        .extracting(RowError::row, RowError::line)
                        .containsExactly(org.assertj.core.api.Assertions.tuple(2, 3), org.assertj.core.api.Assertions.tuple(3, 5)))
                .hasMessageContaining("row 2 (line 3): has 1 cells but the header has 2 columns");
    }

    @Test
    void a_bad_header_an_empty_file_and_broken_quoting_are_refused() {
        assertThatThrownBy(() -> csv("a,,b\n1,2,3\n")).isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("line 1: the header has an empty column name");
        assertThatThrownBy(() -> csv("a,a\n1,2\n")).isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> csv("  \n")).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> csv("a,__meta.\n1,2\n")).hasMessageContaining("a metadata column needs a key");
        assertThatThrownBy(() -> csv("a\n\"never closed\n")).isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("is not valid CSV");
    }

    @Test
    void text_that_is_not_utf8_is_refused() {
        byte[] latin1 = "name\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> parser.parse("d", null, DatasetFormat.CSV, latin1))
                .isInstanceOf(InvalidDatasetException.class).hasMessageContaining("not UTF-8");
    }
}
