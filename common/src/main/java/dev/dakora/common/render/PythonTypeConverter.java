package dev.dakora.common.render;

import com.hubspot.jinjava.el.TruthyTypeConverter;
import dev.dakora.common.value.PythonFormat;

import java.util.Collection;
import java.util.Map;

/** Jinjava's conversions, except that values become text as Python's {@code str()} makes it. */
final class PythonTypeConverter extends TruthyTypeConverter {

    private static final long serialVersionUID = 1L;

    @Override
    protected String coerceToString(Object value) {
        return switch (value) {
            case Boolean b -> PythonFormat.str(b);
            case Double d -> PythonFormat.str(d);
            case Collection<?> c -> PythonFormat.str(c);
            case Map<?, ?> m -> PythonFormat.str(m);
            case null, default -> super.coerceToString(value);
        };
    }
}
