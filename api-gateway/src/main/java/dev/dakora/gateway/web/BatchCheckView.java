package dev.dakora.gateway.web;

import dev.dakora.gateway.domain.BatchValidation;
import dev.dakora.gateway.domain.RowCheck;

/**
 * The answer of a dry run: {@code {"template_id","version","total_rows","valid_rows","invalid_rows","rows":[
 * {"row_index","line"?,"valid","inputs","errors":[{"field","message"}]}]}}; {@code line} is the row's first line
 * in an uploaded file, {@code inputs} what the row would submit ({@code null} when invalid).
 */
final class BatchCheckView {

    private BatchCheckView() {
    }

    static BatchSchemas.Check of(BatchValidation.Result result, SourceRows source) {
        long invalid = result.invalidRows();
        return new BatchSchemas.Check(result.templateId(), result.version(), result.rows().size(),
                result.rows().size() - invalid, invalid,
                result.rows().stream().map(row -> row(row, source.lineOf(row.rowIndex()))).toList());
    }

    private static BatchSchemas.CheckRow row(RowCheck check, Integer line) {
        return new BatchSchemas.CheckRow(check.rowIndex(), line, check.valid(), check.inputs(),
                check.errors().stream().map(error -> ProblemSchemas.FieldProblem.of(error.field(), error.message())).toList());
    }
}
