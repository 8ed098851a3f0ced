package dev.dakora.common.render;

import com.hubspot.jinjava.objects.SafeString;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The items of a value as Python's {@code iter()} gives them to a filter: the characters of a string,
 * the keys of a dict, the items of a list; a number, a bool or None is not iterable and fails.
 */
final class PyIterable {

    private PyIterable() {
    }

    static List<Object> items(Object value) {
        return switch (value) {
            case Collection<?> c -> new ArrayList<>(c);
            case Map<?, ?> m -> new ArrayList<>(m.keySet());
            case CharSequence s -> characters(s.toString());
            case SafeString s -> characters(s.toString());
            case Undefined u when u == Undefined.SILENT -> List.of();
            case Undefined u -> throw PyFailure.undefined("an undefined value is not iterable");
            case null -> throw notIterable(null);
            default -> throw notIterable(value);
        };
    }

    /** Jinja2's {@code if value: for item in value}: a false value gives nothing, a true one its items. */
    static List<Object> itemsIfTrue(Object value) {
        return value != Undefined.INSTANCE && !PyValues.truthy(value) ? List.of() : items(value);
    }

    /** Python's {@code len(value)}. */
    static long length(Object value) {
        return switch (value) {
            case CharSequence s -> s.toString().codePointCount(0, s.length());
            case SafeString s -> s.toString().codePointCount(0, s.toString().length());
            case Collection<?> c -> c.size();
            case Map<?, ?> m -> m.size();
            case Undefined u -> throw PyFailure.undefined("an undefined value has no length");
            case null -> throw PyFailure.error("object of type 'NoneType' has no len()");
            default -> throw PyFailure.error("object of type '" + PyValues.typeName(value) + "' has no len()");
        };
    }

    static boolean hasLength(Object value) {
        return value instanceof CharSequence || value instanceof SafeString || value instanceof Collection<?>
                || value instanceof Map<?, ?>;
    }

    private static List<Object> characters(String s) {
        List<Object> out = new ArrayList<>(s.length());
        s.codePoints().forEach(c -> out.add(Character.toString(c)));
        return out;
    }

    private static RuntimeException notIterable(Object value) {
        return PyFailure.error("'" + PyValues.typeName(value) + "' object is not iterable");
    }
}
