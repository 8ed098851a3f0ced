package dev.dakora.gateway.domain;

import dev.dakora.common.template.FieldError;
import dev.dakora.common.template.InvalidInputException;
import dev.dakora.common.template.TemplateSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One input row checked by the template's input spec ({@link TemplateSpec#coerceInputs}, the only
 * owner of the coercion rules): its coerced inputs, or the errors by field.
 */
public record RowCheck(int rowIndex, Map<String, Object> inputs, List<FieldError> errors) {

    public RowCheck {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    static List<RowCheck> all(TemplateSpec spec, List<Map<String, Object>> rows) {
        List<RowCheck> checks = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            try {
                checks.add(new RowCheck(i, spec.coerceInputs(rows.get(i)), List.of()));
            } catch (InvalidInputException e) {
                checks.add(new RowCheck(i, null, e.errors()));
            }
        }
        return checks;
    }
}
