package dev.dakora.common.template;

/** One reason a template spec or an input value was refused: the field it concerns and why. */
public record FieldError(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
