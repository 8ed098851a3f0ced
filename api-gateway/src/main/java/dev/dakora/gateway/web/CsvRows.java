package dev.dakora.gateway.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CSV (RFC 4180 through Apache Commons CSV: a header line naming the inputs, cells optionally in
 * double quotes with {@code ""} for a quote, line breaks inside quotes, CRLF or LF, an optional UTF-8
 * byte order mark) into input rows. Cells stay strings (the template's input spec coerces them); an
 * empty cell is left out, so the input's default applies. Blank lines are skipped.
 */
final class CsvRows {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvRows() {
    }

    static SourceRows parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        LineNumbers lineNumbers = new LineNumbers(body);
        List<String> header = null;
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(body, FORMAT)) {
            for (CSVRecord record : parser) {
                int line = lineNumbers.lineAt(firstCharacter(body, record.getCharacterPosition()));
                if (header == null) {
                    header = header(record);
                    continue;
                }
                rows.add(row(header, record, line));
                lines.add(line);
            }
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(e);
        }
        if (header == null) {
            throw InvalidRequestException.of("file", "is empty; a CSV upload needs a header line naming the inputs");
        }
        return new SourceRows(rows, lines);
    }

    /**
     * Where a record's text starts: Commons CSV reports the position after the previous record, before the
     * blank lines it skipped; a record itself never starts with a line break (blank lines are not records).
     */
    private static long firstCharacter(String body, long position) {
        int at = (int) position;
        while (at < body.length() && (body.charAt(at) == '\n' || body.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    private static List<String> header(CSVRecord record) {
        List<String> header = record.stream().map(String::strip).toList();
        if (header.stream().anyMatch(String::isEmpty)) {
            throw InvalidRequestException.of("file", "has an empty column name in its header line");
        }
        return header;
    }

    private static Map<String, Object> row(List<String> header, CSVRecord record, int line) {
        if (record.size() != header.size()) {
            throw InvalidRequestException.of("file", "line " + line + " has " + record.size() + " cells but the header has "
                    + header.size() + " columns");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int c = 0; c < record.size(); c++) {
            if (!record.get(c).isEmpty()) {
                row.put(header.get(c), record.get(c));
            }
        }
        return row;
    }

    private static InvalidRequestException unreadable(Exception e) {
        String message = String.valueOf(e instanceof UncheckedIOException unchecked ? unchecked.getCause().getMessage() : e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return InvalidRequestException.of("file", "ends inside a quoted cell (a \" is not closed)");
        }
        return InvalidRequestException.of("file", "is not valid CSV: " + message);
    }
}
