package dev.dakora.evaluation.assertion;

/** One field of one assertion spec that breaks its rules; the parser adds the assertion's position. */
final class SpecFieldException extends IllegalArgumentException {

    private final String field;

    SpecFieldException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    String field() {
        return field;
    }

    String reason() {
        String message = getMessage();
        return message.substring(field.length() + 2);
    }
}
