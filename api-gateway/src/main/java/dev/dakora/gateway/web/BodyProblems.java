package dev.dakora.gateway.web;

import dev.dakora.common.template.FieldError;
import dev.dakora.common.template.InvalidSpecException;
import dev.dakora.evaluation.experiment.InvalidExperimentException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ServerWebExchange;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a request body that could not become its record into the 400 the map readers gave: Bean
 * Validation's violations, JSON of the wrong type for a field and a whole number out of its field's
 * range each name the field as it is on the wire (snake_case, {@code parent.child}, {@code list[index]}).
 */
final class BodyProblems {

    private BodyProblems() {
    }

    /** Bean Validation's violations, one error per field, sorted by field. */
    static InvalidRequestException of(BindingResult result) {
        List<FieldError> errors = result.getFieldErrors().stream()
                .map(error -> new FieldError(wireName(error.getField()), String.valueOf(error.getDefaultMessage())))
                .sorted(Comparator.comparing(FieldError::field)).distinct().toList();
        return of(errors);
    }

    /**
     * The problem a failed read carries: a reader's own refusal (thrown while a record was made from its
     * JSON) as it is, or a field of the wrong JSON type; empty for JSON that is not an object at all.
     */
    static Optional<InvalidRequestException> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            switch (t) {
                case InvalidRequestException invalid -> {
                    return Optional.of(invalid);
                }
                case InvalidSpecException spec -> {
                    return Optional.of(new InvalidRequestException(spec.getMessage(), spec.errors()));
                }
                case InvalidExperimentException experiment -> {
                    return Optional.of(new InvalidRequestException(experiment.getMessage(), experiment.errors()));
                }
                default -> {
                }
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                return Optional.of(InvalidRequestException.of(path(mismatch.getPath()), expected(mismatch.getTargetType())));
            }
            if (t instanceof InputCoercionException outOfRange && !outOfRange.getPath().isEmpty()) {
                return Optional.of(InvalidRequestException.of(path(outOfRange.getPath()), range(outOfRange.getTargetType())));
            }
        }
        return Optional.empty();
    }

    /** The 400 of a body refused while read: its detail and one error per field. */
    static ProblemDetail problem(InvalidRequestException refused, ServerWebExchange exchange) {
        return Problems.withErrors(Problems.problem(HttpStatus.BAD_REQUEST, refused.getMessage(), exchange), refused.errors());
    }

    private static InvalidRequestException of(List<FieldError> errors) {
        String detail = errors.stream().map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; "));
        return new InvalidRequestException(detail, errors);
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A whole number too large or too small for its field ({@code max_tokens: 99999999999}). */
    private static String range(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Long.class || type == long.class) {
            return "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return "is out of range";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong JSON type";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "must be a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "must be an object" : "has the wrong JSON type";
    }

    /** {@code maxTokens} as the wire spells it: {@code max_tokens}; paths keep their dots and indexes. */
    static String wireName(String javaPath) {
        return javaPath.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
