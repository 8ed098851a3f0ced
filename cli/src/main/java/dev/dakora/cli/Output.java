package dev.dakora.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Plain-text tables and pretty JSON on a command's standard output. */
final class Output {

    private static final int MAX_CELL = 60;

    private Output() {
    }

    static void json(PrintWriter out, JsonNode node) {
        out.println(CliJson.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node));
        out.flush();
    }

    /** Left-aligned columns two spaces apart; long cells are cut with an ellipsis, line breaks shown as spaces. */
    static void table(PrintWriter out, List<String> headers, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        rows.forEach(row -> all.add(row.stream().map(Output::cell).toList()));
        int[] widths = new int[headers.size()];
        for (List<String> row : all) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(i == widths.length - 1 ? row.get(i) : String.format("%-" + widths[i] + "s  ", row.get(i)));
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    /** A field as text: empty for null or missing, the JSON text for arrays and objects. */
    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "";
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }

    private static String cell(String value) {
        String flat = value == null ? "" : value.replace("\r", "").replace('\n', ' ');
        return flat.length() > MAX_CELL ? flat.substring(0, MAX_CELL - 1) + "…" : flat;
    }
}
