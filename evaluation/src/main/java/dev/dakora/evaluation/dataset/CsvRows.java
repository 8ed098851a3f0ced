package dev.dakora.evaluation.dataset;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads CSV (RFC 4180: a header row, quoted cells with {@code ""} for a quote, line breaks inside
 * quotes, CRLF or LF, blank lines skipped). The header names the inputs, except {@code __expected}
 * (the expected output) and {@code __meta.<key>} (metadata). Cells stay strings, for the template's
 * input spec to coerce; an empty cell leaves its input out, so its default applies.
 */
final class CsvRows {

    static final String EXPECTED = "__expected";
    static final String META = "__meta.";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .setAllowMissingColumnNames(true)
            .get();

    private CsvRows() {
    }

    static void read(SourceText source, Rows rows) {
        if (source.text.isBlank()) {
            rows.error(0, 1, null, "the file is empty; a CSV dataset needs a header row naming the inputs");
            return;
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(source.text), FORMAT)) {
            List<String> header = parser.getHeaderNames();
            if (!headerOk(header, rows)) {
                return;
            }
            for (CSVRecord record : parser) {
                int line = source.lineAt(recordStart(source.text, record.getCharacterPosition()));
                int row = rows.next();
                if (record.size() != header.size()) {
                    rows.error(row, line, null, "has " + record.size() + " cells but the header has " + header.size() + " columns");
                } else {
                    rows.add(row(record, header, row, line));
                }
                if (rows.full()) {
                    return;
                }
            }
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            if (e instanceof DatasetTooLargeException tooLarge) {
                throw tooLarge;
            }
            rows.error(0, 0, null, "is not valid CSV: " + e.getMessage());
        }
    }

    private static boolean headerOk(List<String> header, Rows rows) {
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (name.isBlank()) {
                return !rows.error(0, 1, null, "the header has an empty column name");
            }
            if (name.strip().equals(META)) {
                return !rows.error(0, 1, name, "a metadata column needs a key after " + META);
            }
            if (!seen.add(name.strip())) {
                return !rows.error(0, 1, name, "the header names this column twice");
            }
        }
        return true;
    }

    private static DatasetRow row(CSVRecord record, List<String> header, int row, int line) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        Map<String, Object> metadata = new LinkedHashMap<>();
        String expected = null;
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).strip();
            String cell = record.get(c);
            if (cell.isEmpty()) {
                continue;
            }
            if (name.equals(EXPECTED)) {
                expected = cell;
            } else if (name.startsWith(META)) {
                metadata.put(name.substring(META.length()), cell);
            } else {
                inputs.put(name, cell);
            }
        }
        return new DatasetRow(row, line, inputs, expected, metadata);
    }

    /** A record's reported position can be that of blank lines skipped before it. */
    private static long recordStart(String text, long position) {
        int i = (int) position;
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }
}
