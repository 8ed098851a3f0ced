package dev.dakora.evaluation.dataset;

import java.util.List;
import java.util.stream.Collectors;

/** A dataset upload with rows that cannot be used; {@link #errors()} names each by row and line. A 400. */
public class InvalidDatasetException extends IllegalArgumentException {

    private final List<RowError> errors;

    public InvalidDatasetException(List<RowError> errors) {
        super("invalid dataset: " + errors.stream().limit(10).map(RowError::toString).collect(Collectors.joining("; "))
                + (errors.size() > 10 ? "; and " + (errors.size() - 10) + " more" : ""));
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
