package dev.dakora.evaluation.dataset;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/** Reads JSONL (one row object per line, blank lines skipped) and JSON (an array of row objects). */
final class JsonRows {

    private JsonRows() {
    }

    static void readLines(SourceText source, Rows rows) {
        String text = source.text;
        int start = 0;
        int line = 1;
        while (start <= text.length() && !rows.full()) {
            int end = text.indexOf('\n', start);
            int stop = end < 0 ? text.length() : end;
            String content = text.substring(start, stop).strip();
            if (!content.isEmpty()) {
                int row = rows.next();
                try {
                    RowObjects.read(RowObjects.MAPPER.readTree(content), row, line, rows);
                } catch (JacksonException e) {
                    rows.error(row, line, null, "is not a JSON object: " + e.getOriginalMessage());
                }
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
            line++;
        }
    }

    static void readArray(SourceText source, Rows rows) {
        try (JsonParser parser = RowObjects.STREAM.createParser(source.text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                rows.error(0, 1, null, "a JSON dataset must be an array of row objects");
                return;
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null && !rows.full()) {
                int line = parser.currentTokenLocation().getLineNr();
                int row = rows.next();
                JsonNode node = RowObjects.STREAM.readTree(parser);
                RowObjects.read(node, row, line, rows);
            }
            if (parser.nextToken() != null && !rows.full()) {
                rows.error(0, parser.currentTokenLocation().getLineNr(), null, "unexpected content after the array");
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            rows.error(0, Math.max(line, 0), null, "is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
