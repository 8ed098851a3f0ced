package dev.dakora.common.render;

import com.hubspot.jinjava.objects.SafeString;
import dev.dakora.common.value.PyTuple;
import dev.dakora.common.value.PythonFormat;
import dev.dakora.common.value.PythonRepr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code pprint.pformat(value)} (width 80, dict keys sorted), as Jinja2's {@code pprint}
 * filter prints: a value whose repr fits stays on one line; a dict, list or tuple that does not
 * puts one item per line, and a long str is split into adjacent string literals.
 */
final class PyPrettyPrint {

    static final int WIDTH = 80;

    private final StringBuilder out = new StringBuilder();

    private PyPrettyPrint() {
    }

    static String format(Object value) {
        PyPrettyPrint printer = new PyPrettyPrint();
        printer.format(value, 0, 0, 0);
        return printer.out.toString();
    }

    private void format(Object value, int indent, int allowance, int level) {
        String rep = repr(value);
        if (length(rep) > WIDTH - indent - allowance) {
            switch (value) {
                case PythonRepr own -> out.append(rep);
                case Map<?, ?> map -> {
                    out.append('{');
                    dictItems(sorted(map), indent, allowance + 1, level + 1);
                    out.append('}');
                    return;
                }
                case PyTuple tuple -> {
                    String end = tuple.size() == 1 ? ",)" : ")";
                    out.append('(');
                    items(tuple, indent, allowance + end.length(), level + 1);
                    out.append(end);
                    return;
                }
                case List<?> list -> {
                    out.append('[');
                    items(list, indent, allowance + 1, level + 1);
                    out.append(']');
                    return;
                }
                case CharSequence text -> {
                    out.append(PyPrettyText.format(text.toString(), indent, allowance, level + 1));
                    return;
                }
                default -> out.append(rep);
            }
            return;
        }
        out.append(rep);
    }

    private void dictItems(List<Map.Entry<?, ?>> entries, int indent, int allowance, int level) {
        int inner = indent + 1;
        for (int i = 0; i < entries.size(); i++) {
            boolean last = i == entries.size() - 1;
            String key = repr(entries.get(i).getKey());
            out.append(key).append(": ");
            format(entries.get(i).getValue(), inner + length(key) + 2, last ? allowance : 1, level);
            if (!last) {
                OutputBudget.require(out.length() + 2L + inner, "the pretty-printed text");
                out.append(",\n").repeat(' ', inner);
            }
        }
    }

    private void items(List<?> items, int indent, int allowance, int level) {
        int inner = indent + 1;
        for (int i = 0; i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            if (i > 0) {
                OutputBudget.require(out.length() + 2L + inner, "the pretty-printed text");
                out.append(",\n").repeat(' ', inner);
            }
            format(items.get(i), inner, last ? allowance : 1, level);
        }
    }

    /** Python's repr with every dict's keys sorted, as pprint prints even what fits on one line. */
    private static String repr(Object value) {
        return switch (value) {
            case PythonRepr own -> PythonFormat.repr(own);
            case SafeString s -> PythonFormat.repr(s.toString());
            case Map<?, ?> map -> {
                StringBuilder b = new StringBuilder("{");
                for (Map.Entry<?, ?> entry : sorted(map)) {
                    b.append(b.length() > 1 ? ", " : "").append(repr(entry.getKey())).append(": ").append(repr(entry.getValue()));
                }
                yield b.append('}').toString();
            }
            case PyTuple tuple -> {
                List<String> parts = tuple.stream().map(PyPrettyPrint::repr).toList();
                yield "(" + String.join(", ", parts) + (parts.size() == 1 ? ",)" : ")");
            }
            case List<?> list -> "[" + String.join(", ", list.stream().map(PyPrettyPrint::repr).toList()) + "]";
            case null, default -> PythonFormat.repr(value);
        };
    }

    private static List<Map.Entry<?, ?>> sorted(Map<?, ?> map) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        try {
            entries.sort((x, y) -> SortOrder.compare(x.getKey(), y.getKey()));
        } catch (IllegalArgumentException e) {
            entries.sort((x, y) -> PyValues.typeName(x.getKey()).compareTo(PyValues.typeName(y.getKey())));
        }
        return entries;
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
