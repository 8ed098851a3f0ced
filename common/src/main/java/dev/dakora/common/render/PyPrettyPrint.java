package dev.dakora.common.render;

import dev.dakora.common.value.PyRepr;
import dev.dakora.common.value.PyTuple;
import dev.dakora.common.value.PythonFormat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code pprint.pformat(value)} (width 80) as Jinja2's {@code pprint} filter prints: a value
 * whose repr fits the line prints as its repr; a longer dict, list or tuple puts one item per line,
 * indented under its bracket, and a longer string is split into adjacent string literals.
 */
final class PyPrettyPrint {

    private static final int WIDTH = 80;
    private static final Pattern WORD_AND_SPACE = Pattern.compile("\\S*\\s*", Pattern.UNICODE_CHARACTER_CLASS);

    private PyPrettyPrint() {
    }

    /** The pretty text of a value whose dict keys are already in order. */
    static String format(Object value) {
        StringBuilder out = new StringBuilder();
        format(out, value, 0, 0, 0);
        return out.toString();
    }

    private static void format(StringBuilder out, Object value, int indent, int allowance, int level) {
        String rep = PythonFormat.repr(value);
        OutputBudget.require((long) out.length() + rep.length(), "the pretty-printed text");
        if (length(rep) <= WIDTH - indent - allowance || value instanceof PyRepr) {
            out.append(rep);
            return;
        }
        switch (value) {
            case Map<?, ?> map -> {
                out.append('{');
                dictItems(out, map, indent, allowance + 1, level + 1);
                out.append('}');
            }
            case PyTuple tuple -> {
                String end = tuple.size() == 1 ? ",)" : ")";
                out.append('(');
                items(out, tuple.iterator(), indent, allowance + end.length(), level + 1);
                out.append(end);
            }
            case List<?> list -> {
                out.append('[');
                items(out, list.iterator(), indent, allowance + 1, level + 1);
                out.append(']');
            }
            case String text -> string(out, text, indent, allowance, level + 1);
            default -> out.append(rep);
        }
    }

    private static void dictItems(StringBuilder out, Map<?, ?> map, int indent, int allowance, int level) {
        int inner = indent + 1;
        int left = map.size();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            boolean last = --left == 0;
            String key = PythonFormat.repr(entry.getKey());
            out.append(key).append(": ");
            format(out, entry.getValue(), inner + length(key) + 2, last ? allowance : 1, level);
            if (!last) {
                out.append(",\n").append(" ".repeat(inner));
            }
        }
    }

    private static void items(StringBuilder out, Iterator<?> items, int indent, int allowance, int level) {
        int inner = indent + 1;
        String delimiter = "";
        while (items.hasNext()) {
            Object item = items.next();
            out.append(delimiter);
            delimiter = ",\n" + " ".repeat(inner);
            format(out, item, inner, items.hasNext() ? 1 : allowance, level);
        }
    }

    /** Python's {@code _pprint_str}: each line, split at spaces to fit, as adjacent literals in parentheses at the top. */
    private static void string(StringBuilder out, String text, int indent, int allowance, int level) {
        List<String> lines = PyLines.split(text, true);
        int lineIndent = level == 1 ? indent + 1 : indent;
        int lineAllowance = level == 1 ? allowance + 1 : allowance;
        int maxWidth = WIDTH - lineIndent;
        List<String> chunks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean lastLine = i == lines.size() - 1;
            String rep = PythonFormat.repr(lines.get(i));
            if (length(rep) <= (lastLine ? maxWidth - lineAllowance : maxWidth)) {
                chunks.add(rep);
                continue;
            }
            List<String> parts = new ArrayList<>();
            Matcher m = WORD_AND_SPACE.matcher(lines.get(i));
            while (m.find() && m.end() > m.start()) {
                parts.add(m.group());
            }
            String current = "";
            for (int j = 0; j < parts.size(); j++) {
                int limit = j == parts.size() - 1 && lastLine ? maxWidth - lineAllowance : maxWidth;
                String candidate = current + parts.get(j);
                if (length(PythonFormat.repr(candidate)) > limit) {
                    if (!current.isEmpty()) {
                        chunks.add(PythonFormat.repr(current));
                    }
                    current = parts.get(j);
                } else {
                    current = candidate;
                }
            }
            if (!current.isEmpty()) {
                chunks.add(PythonFormat.repr(current));
            }
        }
        if (chunks.size() == 1) {
            out.append(chunks.getFirst());
            return;
        }
        out.append(level == 1 ? "(" : "").append(String.join("\n" + " ".repeat(lineIndent), chunks))
                .append(level == 1 ? ")" : "");
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
