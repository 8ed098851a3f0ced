package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.exptest.ExpTest;
import com.hubspot.jinjava.lib.filter.Filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Jinja2's {@code select}, {@code reject}, {@code selectattr}, {@code rejectattr} and {@code map}. */
final class SelectFilters {

    private SelectFilters() {
    }

    static List<Filter> all() {
        return List.of(
                new NamedFilter("select", (v, a) -> select(v, a, false, true)),
                new NamedFilter("reject", (v, a) -> select(v, a, false, false)),
                new NamedFilter("selectattr", (v, a) -> select(v, a, true, true)),
                new NamedFilter("rejectattr", (v, a) -> select(v, a, true, false)),
                new NamedFilter("map", SelectFilters::map));
    }

    private static Object select(Object value, FilterArgs args, boolean byAttribute, boolean keep) {
        Object[] positional = args.positional() == null ? new Object[0] : args.positional();
        int offset = byAttribute ? 1 : 0;
        if (byAttribute && positional.length == 0) {
            throw args.invalid("needs the attribute to test");
        }
        String attribute = byAttribute ? PyValues.str(positional[0]) : null;
        String testName = positional.length > offset ? PyValues.str(positional[offset]) : null;
        Object[] testArgs = positional.length > offset + 1 ? Arrays.copyOfRange(positional, offset + 1, positional.length) : new Object[0];
        JinjavaInterpreter interpreter = JinjavaInterpreter.getCurrent();
        ExpTest test = testName == null ? null : interpreter.getContext().getExpTest(testName);
        if (testName != null && test == null) {
            throw args.invalid("has no test named '" + testName + "'");
        }
        List<Object> out = new ArrayList<>();
        for (Object item : PyIterable.itemsIfTrue(value)) {
            Object subject = attribute == null ? item : Attributes.get(item, attribute);
            boolean passes;
            if (test == null) {
                passes = truthy(subject);
            } else {
                passes = test.evaluate(subject, interpreter, testArgs);
            }
            if (passes == keep) {
                out.add(item);
            }
        }
        return out;
    }

    /** Jinja2's {@code map(attribute=..., default=...)} or {@code map('filter', args...)}. */
    private static Object map(Object value, FilterArgs args) {
        Object[] positional = args.positional() == null ? new Object[0] : args.positional();
        List<Object> items = PyIterable.itemsIfTrue(value);
        List<Object> out = new ArrayList<>(items.size());
        if (positional.length == 0) {
            Object attribute = args.keywords().get("attribute");
            if (attribute == null) {
                throw args.invalid("needs a filter name or attribute=");
            }
            Object fallback = args.keywords().get("default");
            for (Object item : items) {
                Object mapped = Attributes.get(item, PyValues.str(attribute));
                // A missing attribute fails at once (Jinja2 gives an undefined item): the sandbox refuses names it cannot read.
                out.add(mapped == Undefined.INSTANCE && fallback != null ? fallback
                        : Attributes.require(item, PyValues.str(attribute)));
            }
            return out;
        }
        JinjavaInterpreter interpreter = JinjavaInterpreter.getCurrent();
        Filter filter = interpreter.getContext().getFilter(PyValues.str(positional[0]));
        if (filter == null) {
            throw args.invalid("has no filter named '" + positional[0] + "'");
        }
        Object[] filterArgs = Arrays.copyOfRange(positional, 1, positional.length);
        for (Object item : items) {
            out.add(filter.filter(item, interpreter, filterArgs, args.keywords()));
        }
        return out;
    }

    /** Python's {@code bool(value)}; an undefined value fails as Jinja2's strict undefined does. */
    static boolean truthy(Object value) {
        return switch (value) {
            case null -> false;
            case Undefined u when u == Undefined.SILENT -> false;
            case Undefined u -> throw new IllegalArgumentException("an undefined value has no truth value");
            case Boolean b -> b;
            case Number n -> n.doubleValue() != 0;
            case CharSequence s -> !s.isEmpty();
            case Collection<?> c -> !c.isEmpty();
            case Map<?, ?> m -> !m.isEmpty();
            default -> !PyValues.str(value).isEmpty();
        };
    }
}
