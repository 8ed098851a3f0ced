package dev.dakora.common.render;

import com.hubspot.jinjava.el.ext.NamedParameter;
import com.hubspot.jinjava.objects.Namespace;
import dev.dakora.common.value.PythonFormat;
import dev.dakora.common.value.PythonRepr;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Jinja2's {@code namespace(...)}: a Jinjava namespace ({@code {% set ns.a = 1 %}} keeps working)
 * that keeps its attributes in the order given and prints as Jinja2 does: {@code <Namespace {'a': 1}>}.
 */
final class PyNamespace extends Namespace implements PythonRepr {

    private static final long serialVersionUID = 1L;

    private PyNamespace(Map<String, Object> attributes) {
        super(attributes, Integer.MAX_VALUE);
    }

    /** {@code namespace(mapping, key=value, ...)}: the mapping's entries first, then the keywords. */
    static PyNamespace of(Object... args) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (Object arg : args) {
            switch (arg) {
                case NamedParameter named -> attributes.put(named.getName(), named.getValue());
                case Map<?, ?> map -> map.forEach((k, v) -> attributes.put(PyValues.str(k), v));
                case null, default -> throw PyFailure.error("namespace() takes a dict and keyword arguments, not "
                        + PyValues.typeName(arg));
            }
        }
        OutputBudget.require(attributes.size(), "the namespace");
        return new PyNamespace(attributes);
    }

    @Override
    public void appendRepr(StringBuilder out) {
        out.append("<Namespace {");
        boolean first = true;
        for (Map.Entry<String, Object> entry : entrySet()) {
            out.append(first ? "" : ", ").append(PythonFormat.repr(entry.getKey())).append(": ")
                    .append(PythonFormat.repr(entry.getValue()));
            first = false;
        }
        out.append("}>");
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
