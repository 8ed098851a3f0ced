package dev.dakora.gateway.web;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads JSON Lines (one JSON object of inputs per line; blank lines skipped) into input rows with their line numbers. */
final class JsonLinesRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLinesRows() {
    }

    static SourceRows parse(String text) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Object value;
            try {
                value = JSON.readValue(lines[i], Object.class);
            } catch (JacksonException e) {
                throw InvalidRequestException.of("file", "line " + (i + 1) + " is not valid JSON");
            }
            if (!(value instanceof Map<?, ?> map)) {
                throw InvalidRequestException.of("file", "line " + (i + 1) + " is not a JSON object of input name to value");
            }
            Map<String, Object> row = new LinkedHashMap<>();
            map.forEach((key, cell) -> row.put(String.valueOf(key), cell));
            rows.add(row);
            rowLines.add(i + 1);
        }
        return new SourceRows(rows, rowLines);
    }
}
