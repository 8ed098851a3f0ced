package dev.dakora.common.value;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code str()} and {@code repr()} for the values templates see, so that a prompt renders
 * byte for byte as the reference (Jinja2) renders it: {@code True}, {@code None}, {@code 7.0},
 * {@code ['a', 'b']}, {@code {'k': 'v'}}.
 */
public final class PythonFormat {

    private PythonFormat() {
    }

    /** Python's {@code str(value)}. */
    public static String str(Object value) {
        return value instanceof CharSequence s ? s.toString() : repr(value);
    }

    /** Python's {@code repr(value)}. */
    public static String repr(Object value) {
        StringBuilder out = new StringBuilder();
        appendRepr(out, value);
        return out.toString();
    }

    private static void appendRepr(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("None");
            case Boolean b -> out.append(b ? "True" : "False");
            case PythonRepr own -> own.appendRepr(out);
            case CharSequence s -> appendStringRepr(out, s.toString());
            case Double d -> out.append(PythonFloats.repr(d));
            case Float f -> out.append(PythonFloats.repr(Double.parseDouble(Float.toString(f))));
            case BigDecimal d -> out.append(PythonFloats.repr(d.doubleValue()));
            case Number n -> out.append(n);
            case Map<?, ?> map -> appendMapRepr(out, map);
            case PyTuple tuple -> appendTupleRepr(out, tuple);
            case Iterable<?> items -> appendListRepr(out, items.iterator());
            case Object[] items -> appendListRepr(out, List.of(items).iterator());
            case Character c -> appendStringRepr(out, c.toString());
            default -> appendStringRepr(out, value.toString());
        }
    }

    private static void appendListRepr(StringBuilder out, Iterator<?> items) {
        out.append('[');
        while (items.hasNext()) {
            appendRepr(out, items.next());
            if (items.hasNext()) {
                out.append(", ");
            }
        }
        out.append(']');
    }

    /** Python's tuple repr: {@code (a, b)}, and {@code (a,)} for one item. */
    private static void appendTupleRepr(StringBuilder out, PyTuple tuple) {
        out.append('(');
        for (int i = 0; i < tuple.size(); i++) {
            appendRepr(out, tuple.get(i));
            if (i + 1 < tuple.size()) {
                out.append(", ");
            }
        }
        if (tuple.size() == 1) {
            out.append(',');
        }
        out.append(')');
    }

    private static void appendMapRepr(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            appendRepr(out, entry.getKey());
            out.append(": ");
            appendRepr(out, entry.getValue());
            if (entries.hasNext()) {
                out.append(", ");
            }
        }
        out.append('}');
    }

    /** Python's string repr: single quotes unless the text holds a single quote and no double quote. */
    static void appendStringRepr(StringBuilder out, String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (cp == quote) {
                        out.append('\\').append(quote);
                    } else if (isPrintable(cp)) {
                        out.appendCodePoint(cp);
                    } else if (cp < 0x100) {
                        out.append(String.format("\\x%02x", cp));
                    } else if (cp < 0x10000) {
                        out.append(String.format("\\u%04x", cp));
                    } else {
                        out.append(String.format("\\U%08x", cp));
                    }
                }
            }
        }
        out.append(quote);
    }

    /** Python's {@code str.isprintable()} for one code point: what {@code repr} prints unescaped. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
