package dev.dakora.common.render;

import com.hubspot.jinjava.lib.filter.Filter;

import java.util.List;

/** The reference's {@code default}, {@code yaml} and Jinja2's {@code tojson}, {@code round}, {@code int}, {@code float}. */
final class DataFilters {

    private DataFilters() {
    }

    static List<Filter> all() {
        NamedFilter.Body fallback = (v, a) -> PyValues.isMissing(v) ? a.get(0, "default_value", "") : v;
        return List.of(
                new NamedFilter("default", fallback),
                new NamedFilter("d", fallback),
                new NamedFilter("yaml", (v, a) -> PyYaml.dump(v).stripTrailing()),
                new NamedFilter("tojson", (v, a) -> PyJson.dump(v, a.get(0, "indent", null))),
                new NamedFilter("round", DataFilters::round),
                new NamedFilter("int", (v, a) -> PyNumbers.toInt(v, a.get(0, "default", 0L))),
                new NamedFilter("float", (v, a) -> toFloat(v, a.get(0, "default", 0.0))));
    }

    /** Jinja2's {@code round(precision=0, method='common')}. */
    private static Object round(Object value, FilterArgs args) {
        int precision = (int) args.integer(0, "precision", 0);
        String method = args.string(1, "method", "common");
        switch (method) {
            case "common":
                return PyNumbers.round(value, precision);
            case "ceil", "floor":
                double scale = Math.pow(10, precision);
                double scaled = PyNumbers.toDouble(value) * scale;
                return (method.equals("ceil") ? Math.ceil(scaled) : Math.floor(scaled)) / scale;
            default:
                throw args.invalid("method must be 'common', 'ceil' or 'floor', got '" + method + "'");
        }
    }

    private static Object toFloat(Object value, Object fallback) {
        if (value instanceof Number || value instanceof Boolean) {
            return PyNumbers.toDouble(value);
        }
        try {
            return Double.parseDouble(PyValues.str(value).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
