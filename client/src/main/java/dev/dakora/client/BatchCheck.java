package dev.dakora.client;

import java.util.List;
import java.util.Map;

/**
 * A dry run of a batch ({@code POST /api/batches?dry_run=true}): every row checked by the template's
 * input spec as a submission would check it; nothing was submitted.
 */
public record BatchCheck(String templateId, String version, int totalRows, int validRows, int invalidRows, List<Row> rows) {

    public BatchCheck {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /**
     * One row: {@code line} is its first line in an uploaded file (null for JSON rows), {@code inputs} what it
     * would submit (null when invalid), {@code errors} its failing inputs.
     */
    public record Row(int rowIndex, Integer line, boolean valid, Map<String, Object> inputs, List<FieldError> errors) {
    }
}
