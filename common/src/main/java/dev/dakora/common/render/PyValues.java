package dev.dakora.common.render;

import com.hubspot.jinjava.objects.SafeString;
import dev.dakora.common.value.PyBytes;
import dev.dakora.common.value.PyRange;
import dev.dakora.common.value.PyTuple;
import dev.dakora.common.value.PythonFormat;

import java.math.BigInteger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Python's view of the values Jinjava hands around: {@code str()}, truthiness and emptiness. */
final class PyValues {

    private static final int MAX_INT_DIGITS = 4300;
    private static final int MAX_INT_BITS_TO_PRINT = 14_300;

    private PyValues() {
    }

    static String str(Object value) {
        return switch (value) {
            case String s -> s;
            case SafeString s -> s.toString();
            case null -> "None";
            case Undefined u -> "";
            case BigInteger big -> intStr(big);
            default -> PythonFormat.str(value);
        };
    }

    /** Python's truthiness: None, False, zero, empty text and empty containers are false. */
    static boolean truthy(Object value) {
        return switch (value) {
            case null -> false;
            case Boolean b -> b;
            case String s -> !s.isEmpty();
            case BigInteger big -> big.signum() != 0;
            case Number n -> n.doubleValue() != 0;
            case SafeString s -> !s.toString().isEmpty();
            case Collection<?> c -> !c.isEmpty();
            case Map<?, ?> m -> !m.isEmpty();
            case Undefined u -> false;
            default -> true;
        };
    }

    static String typeName(Object value) {
        return switch (value) {
            case null -> "NoneType";
            case Boolean b -> "bool";
            case Double d -> "float";
            case Float f -> "float";
            case Number n -> "int";
            case String s -> "str";
            case SafeString s -> "str";
            case PyTuple t -> "tuple";
            case PyRange r -> "range";
            case PyBytes b -> "bytes";
            case DictView v -> "dict_view";
            case List<?> l -> "list";
            case Map<?, ?> m -> "dict";
            case Undefined u -> "Undefined";
            default -> "object";
        };
    }

    /** Python 3.11+ refuses to print an int of more than 4300 digits; so does the renderer. */
    private static String intStr(BigInteger value) {
        String digits = value.bitLength() > MAX_INT_BITS_TO_PRINT ? null : value.toString();
        if (digits == null || digits.length() - (value.signum() < 0 ? 1 : 0) > MAX_INT_DIGITS) {
            throw PyFailure.error("Exceeds the limit (" + MAX_INT_DIGITS + " digits) for integer string conversion");
        }
        return digits;
    }

    /** Whether Jinja2's {@code default} filter of the reference replaces {@code value}. */
    static boolean isMissing(Object value) {
        return switch (value) {
            case null -> true;
            case Undefined u -> true;
            case CharSequence s -> s.isEmpty();
            case SafeString s -> s.toString().isEmpty();
            case Collection<?> c -> c.isEmpty();
            case Map<?, ?> m -> m.isEmpty();
            default -> false;
        };
    }

    /** Python's {@code list(iterable)}: a TypeError for a value that is not iterable. */
    static List<Object> iterable(Object value) {
        return switch (value) {
            case Map<?, ?> m -> new ArrayList<>(m.keySet());
            case Collection<?> c -> new ArrayList<>(c);
            case CharSequence s -> list(s);
            case SafeString s -> list(s.toString());
            case null, default -> throw new IllegalArgumentException("'" + typeName(value) + "' object is not iterable");
        };
    }

    /** Python's {@code list(value)} for the values filters receive. */
    static List<Object> list(Object value) {
        return switch (value) {
            case null -> List.of();
            case Map<?, ?> m -> new ArrayList<>(m.keySet());
            case Collection<?> c -> new ArrayList<>(c);
            case CharSequence s -> s.toString().codePoints().mapToObj(Character::toString).map(Object.class::cast).toList();
            default -> List.of(value);
        };
    }
}
