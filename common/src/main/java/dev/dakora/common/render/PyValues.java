package dev.dakora.common.render;

import com.hubspot.jinjava.objects.SafeString;
import dev.dakora.common.value.PythonFormat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Python's view of the values Jinjava hands around: {@code str()}, truthiness and emptiness. */
final class PyValues {

    private PyValues() {
    }

    static String str(Object value) {
        return switch (value) {
            case String s -> s;
            case SafeString s -> s.toString();
            case null -> "None";
            default -> PythonFormat.str(value);
        };
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
