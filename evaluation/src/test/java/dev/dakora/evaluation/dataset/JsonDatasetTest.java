package dev.dakora.evaluation.dataset;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class JsonDatasetTest {

    private final DatasetParser parser = new DatasetParser(1000, 1 << 20);

    private Dataset parse(DatasetFormat format, String text) {
        return parser.parse("d", "2", format, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonl_reads_one_row_object_per_line_with_typed_inputs() {
        Dataset dataset = parse(DatasetFormat.JSONL, """
                {"inputs": {"n": 3, "tags": ["a"]}, "expected": "9", "metadata": {"level": "easy"}}

                {"inputs": {"n": 4}}
                """);
        assertThat(dataset.rows()).extracting(DatasetRow::row, DatasetRow::line).containsExactly(tuple(1, 1), tuple(2, 3));
        assertThat(dataset.rows().getFirst().inputs()).isEqualTo(Map.of("n", 3L, "tags", List.of("a")));
        assertThat(dataset.rows().getFirst().metadata()).isEqualTo(Map.of("level", "easy"));
        assertThat(dataset.rows().get(1).expected()).isNull();
    }

    @Test
    void jsonl_with_crlf_line_ends_and_a_byte_order_mark_reads_like_lf() {
        byte[] body = "\uFEFF{\"inputs\": {\"n\": 1}}\r\n\r\n{\"inputs\": {\"n\": 2}}\r\n".getBytes(StandardCharsets.UTF_8);
        Dataset dataset = parser.parse("d", null, DatasetFormat.JSONL, body);
        assertThat(dataset.rows()).extracting(DatasetRow::row, DatasetRow::line).containsExactly(tuple(1, 1), tuple(2, 3));
    }

    @Test
    void jsonl_names_every_bad_line_and_keeps_reading() {
        assertThatThrownBy(() -> parse(DatasetFormat.JSONL, """
                {"inputs": {"n": 1}}
                {"inputs": {"n": 2}
                [1, 2]
                {"inputs": {}, "expected": 5}
                {"input": {}}
                """))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.errors())
                        .extracting(RowError::row, RowError::line, RowError::field)
                        .containsExactly(tuple(2, 2, null), tuple(3, 3, null), tuple(4, 4, "expected"), tuple(5, 5, "input")));
    }

    @Test
    void json_reads_an_array_of_row_objects_with_the_line_each_starts_on() {
        Dataset dataset = parse(DatasetFormat.JSON, """
                [
                  {"inputs": {"name": "Ada"}, "expected": "Hi Ada"},
                  {
                    "inputs": {"name": "Bob"}
                  }
                ]
                """);
        assertThat(dataset.rows()).extracting(DatasetRow::row, DatasetRow::line).containsExactly(tuple(1, 2), tuple(2, 3));
        assertThat(dataset.rows().getFirst().expected()).isEqualTo("Hi Ada");
    }

    @Test
    void json_that_is_not_an_array_or_not_json_is_refused_with_its_line() {
        assertThatThrownBy(() -> parse(DatasetFormat.JSON, "{\"rows\": []}"))
                .hasMessageContaining("must be an array of row objects");
        assertThatThrownBy(() -> parse(DatasetFormat.JSON, "[\n{\"inputs\": {}},\n{\"inputs\": \n"))
                .isInstanceOfSatisfying(InvalidDatasetException.class,
                        e -> assertThat(e.errors().getFirst().message()).startsWith("is not valid JSON"));
        assertThatThrownBy(() -> parse(DatasetFormat.JSON, "[{\"inputs\": [1]}]"))
                .hasMessageContaining("row 1 (line 1), inputs: must be an object");
        assertThatThrownBy(() -> parse(DatasetFormat.JSON, "[] []")).hasMessageContaining("after the array");
    }

    @Test
    void more_rows_or_bytes_than_the_limits_are_refused_as_too_large() {
        DatasetParser small = new DatasetParser(2, 64);
        byte[] threeRows = "a\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> small.parse("d", null, DatasetFormat.CSV, threeRows))
                .isInstanceOf(DatasetTooLargeException.class).hasMessageContaining("more than 2 rows");
        byte[] big = ("a\n" + "x".repeat(100) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> small.parse("d", null, DatasetFormat.CSV, big))
                .isInstanceOf(DatasetTooLargeException.class).hasMessageContaining("more than 64");
        assertThat(small.parse("d", null, DatasetFormat.JSONL, "{}\n{}\n".getBytes(StandardCharsets.UTF_8)).rows()).hasSize(2);
        assertThatThrownBy(() -> small.parse("d", null, DatasetFormat.JSONL, "{}\n{}\n{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DatasetTooLargeException.class);
    }

    @Test
    void at_most_a_hundred_row_errors_are_listed() {
        String bad = "{\"x\": 1}\n".repeat(150);
        assertThatThrownBy(() -> parse(DatasetFormat.JSONL, bad))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.errors()).hasSize(Rows.MAX_ERRORS))
                .hasMessageContaining("and 90 more");
    }

    @Test
    void a_dataset_needs_a_safe_name_and_version() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parse("../etc", null, DatasetFormat.JSONL, body)).hasMessageContaining("name must not contain '..'");
        assertThatThrownBy(() -> parser.parse("d", "v 1", DatasetFormat.JSONL, body)).hasMessageStartingWith("version must start");
        assertThat(parser.parse("qa-set", "3", DatasetFormat.JSONL, body).name()).isEqualTo("qa-set");
    }

    @Test
    void formats_are_known_by_media_type_or_extension() {
        assertThat(DatasetFormat.of("text/csv; charset=utf-8")).contains(DatasetFormat.CSV);
        assertThat(DatasetFormat.of("application/x-ndjson")).contains(DatasetFormat.JSONL);
        assertThat(DatasetFormat.of("json")).contains(DatasetFormat.JSON);
        assertThat(DatasetFormat.of("application/xml")).isEmpty();
    }
}
