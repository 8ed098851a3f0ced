package dev.dakora.common.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Jinja2 lets a template change the lists and dicts it was given ({@code xs.append('z')},
 * {@code o.update(...)}). Inputs are read-only and shared with the caller, so a template that calls
 * such a method renders with its own changeable copy of them; any other template uses them as they are.
 */
final class MutableInputs {

    private static final Pattern CHANGING_CALL = Pattern.compile(
            "\\b(append|extend|insert|pop|popitem|remove|clear|sort|reverse|update|setdefault)['\"]?\\s*]?\\s*\\(");

    private MutableInputs() {
    }

    /**
     * Whether {@code template} may call a method that changes a list or dict ({@code xs.append(},
     * {@code o['update'](}). Checked once per parsed template; a false alarm only costs a copy.
     */
    static boolean needed(String template) {
        return CHANGING_CALL.matcher(template).find();
    }

    /** A deep copy of {@code inputs} whose lists and dicts can change; other values are shared. */
    static Map<String, Object> copy(Map<String, Object> inputs) {
        Map<String, Object> out = new LinkedHashMap<>();
        inputs.forEach((name, value) -> out.put(name, changeable(value)));
        return out;
    }

    private static Object changeable(Object value) {
        return switch (value) {
            case Map<?, ?> map -> {
                Map<Object, Object> out = new LinkedHashMap<>();
                map.forEach((k, v) -> out.put(k, changeable(v)));
                yield out;
            }
            case List<?> list -> {
                List<Object> out = new ArrayList<>(list.size());
                list.forEach(item -> out.add(changeable(item)));
                yield out;
            }
            case null, default -> value;
        };
    }
}
