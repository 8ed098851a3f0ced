package dev.dakora.gateway.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CSV (RFC 4180: a header line naming the inputs, cells optionally in double quotes with {@code ""}
 * for a quote, line breaks inside quotes, CRLF or LF) into input rows. Cells stay strings (the template's
 * input spec coerces them); an empty cell is left out, so the input's default applies. Blank lines are
 * skipped.
 */
final class CsvRows {

    private CsvRows() {
    }

    static List<Map<String, Object>> parse(String text) {
        List<List<String>> records = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty()) {
            throw InvalidRequestException.of("file", "is empty; a CSV upload needs a header line naming the inputs");
        }
        List<String> header = records.getFirst().stream().map(String::strip).toList();
        if (header.stream().anyMatch(String::isEmpty)) {
            throw InvalidRequestException.of("file", "has an empty column name in its header line");
        }
        List<Map<String, Object>> rows = new ArrayList<>(records.size() - 1);
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.size() != header.size()) {
                throw InvalidRequestException.of("file", "row " + (i - 1) + " has " + cells.size() + " cells but the header has "
                        + header.size() + " columns");
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    row.put(header.get(c), cells.get(c));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                record.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, record, cell, any);
                record = new ArrayList<>();
                any = false;
            } else {
                cell.append(ch);
                any = true;
            }
        }
        if (quoted) {
            throw InvalidRequestException.of("file", "ends inside a quoted cell (a \" is not closed)");
        }
        endRecord(records, record, cell, any);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> record, StringBuilder cell, boolean any) {
        if (any) {
            record.add(cell.toString());
            records.add(record);
        }
        cell.setLength(0);
    }
}
