package dev.dakora.evaluation.dataset;

import dev.dakora.common.template.FieldError;
import dev.dakora.common.template.InvalidInputException;
import dev.dakora.common.template.TemplateSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a dataset's rows against a template's input spec with the template's own coercion
 * ({@link TemplateSpec#coerceInputs}), so a row accepted here renders with the same values as a single
 * render of the same inputs would.
 */
public final class DatasetValidator {

    private DatasetValidator() {
    }

    /** Every row whose inputs fail the spec, naming the input; empty when all rows fit. */
    public static List<RowError> validate(Dataset dataset, TemplateSpec template) {
        List<RowError> errors = new ArrayList<>();
        for (DatasetRow row : dataset.rows()) {
            try {
                template.coerceInputs(row.inputs());
            } catch (InvalidInputException e) {
                for (FieldError error : e.errors()) {
                    errors.add(new RowError(row.row(), row.line(), "inputs." + error.field(), error.message()));
                }
            }
        }
        return errors;
    }
}
