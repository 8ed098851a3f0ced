package dev.dakora.gateway.web;

import dev.dakora.evaluation.dataset.RowError;

import java.util.List;
import java.util.stream.Collectors;

/** Dataset rows whose inputs fail the template's input spec: answered 422, each row named. */
class DatasetInputsException extends RuntimeException {

    private final List<RowError> errors;

    DatasetInputsException(String templateId, List<RowError> errors) {
        super(errors.size() + " row input(s) do not match the input spec of template '" + templateId + "': "
                + errors.stream().limit(10).map(RowError::toString).collect(Collectors.joining("; "))
                + (errors.size() > 10 ? "; and " + (errors.size() - 10) + " more" : ""));
        this.errors = List.copyOf(errors);
    }

    List<RowError> errors() {
        return errors;
    }
}
