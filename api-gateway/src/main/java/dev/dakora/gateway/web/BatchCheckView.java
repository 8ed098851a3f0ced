package dev.dakora.gateway.web;

import dev.dakora.gateway.domain.BatchValidation;
import dev.dakora.gateway.domain.RowCheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of a dry run: {@code {"template_id","version","total_rows","valid_rows","invalid_rows","rows":[
 * {"row_index","line"?,"valid","inputs","errors":[{"field","message"}]}]}}; {@code line} is the row's first line
 * in an uploaded file, {@code inputs} what the row would submit ({@code null} when invalid).
 */
final class BatchCheckView {

    private BatchCheckView() {
    }

    static Map<String, Object> of(BatchValidation.Result result, SourceRows source) {
        Map<String, Object> answer = new LinkedHashMap<>();
        long invalid = result.invalidRows();
        answer.put("template_id", result.templateId());
        answer.put("version", result.version());
        answer.put("total_rows", result.rows().size());
        answer.put("valid_rows", result.rows().size() - invalid);
        answer.put("invalid_rows", invalid);
        answer.put("rows", result.rows().stream().map(row -> row(row, source.lineOf(row.rowIndex()))).toList());
        return answer;
    }

    private static Map<String, Object> row(RowCheck check, Integer line) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("row_index", check.rowIndex());
        if (line != null) {
            row.put("line", line);
        }
        row.put("valid", check.valid());
        row.put("inputs", check.inputs());
        row.put("errors", errors(check));
        return row;
    }

    private static List<Map<String, Object>> errors(RowCheck check) {
        return check.errors().stream().map(error -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("field", error.field());
            entry.put("message", error.message());
            return entry;
        }).toList();
    }
}
