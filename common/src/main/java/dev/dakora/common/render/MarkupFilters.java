package dev.dakora.common.render;

import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.objects.SafeString;
import dev.dakora.common.value.PythonFormat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Jinja2's markup and text-encoding filters: escaping, {@code xmlattr}, {@code urlencode}, sizes. */
final class MarkupFilters {

    private static final String[] SIZE_PREFIXES = {"k", "M", "G", "T", "P", "E", "Z", "Y"};

    private MarkupFilters() {
    }

    static List<Filter> all() {
        NamedFilter.Body escape = (v, a) -> v instanceof Markup || v instanceof SafeString ? v : new Markup(escape(PyValues.str(v)));
        return List.of(
                new NamedFilter("escape", escape),
                new NamedFilter("e", escape),
                new NamedFilter("forceescape", (v, a) -> new Markup(escape(PyValues.str(v)))),
                new NamedFilter("safe", (v, a) -> v instanceof Markup ? v : new Markup(PyValues.str(v))),
                new NamedFilter("string", (v, a) -> v instanceof Markup ? v : PyValues.str(v)),
                new NamedFilter("striptags", (v, a) -> HtmlText.stripTags(PyValues.str(v))),
                new NamedFilter("urlencode", (v, a) -> urlencode(v)),
                // Python attributes of dicts, lists, strings and numbers are methods, never data: undefined.
                new NamedFilter("attr", (v, a) -> Undefined.INSTANCE),
                new NamedFilter("xmlattr", MarkupFilters::xmlattr),
                new NamedFilter("filesizeformat", MarkupFilters::filesizeformat));
    }

    /** MarkupSafe's escape: {@code & < > ' "} as entities. */
    static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            String entity = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\'' -> "&#39;";
                case '"' -> "&#34;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(s.charAt(i));
                }
            }
        }
        return out == null ? s : out.toString();
    }

    /** Jinja2's {@code xmlattr(autospace=True)}: {@code key="value"} pairs, None values left out. */
    private static Object xmlattr(Object value, FilterArgs args) {
        if (!(value instanceof Map<?, ?> map)) {
            throw args.invalid("needs a dict, got " + PyMethods.typeName(value));
        }
        boolean autospace = args.bool(0, "autospace", true);
        List<String> items = new ArrayList<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getValue() == null || entry.getValue() == Undefined.INSTANCE) {
                continue;
            }
            String key = PyValues.str(entry.getKey());
            if (key.chars().anyMatch(c -> Character.isWhitespace(c) || c == '/' || c == '>' || c == '=')) {
                throw args.invalid("found an invalid character in attribute name " + PythonFormat.repr(key));
            }
            items.add(escape(key) + "=\"" + escape(PyValues.str(entry.getValue())) + "\"");
        }
        String joined = String.join(" ", items);
        return new Markup(autospace && !joined.isEmpty() ? " " + joined : joined);
    }

    /** Jinja2's {@code urlencode}: a string quoted with {@code /} kept; a dict or pairs as a query string. */
    private static Object urlencode(Object value) {
        if (value instanceof CharSequence || value instanceof SafeString || !(value instanceof Iterable<?> || value instanceof Map<?, ?>)) {
            return quote(PyValues.str(value), false);
        }
        List<String> parts = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> parts.add(quote(PyValues.str(k), true) + "=" + quote(PyValues.str(v), true)));
        } else {
            for (Object pair : (Iterable<?>) value) {
                List<Object> kv = PyValues.list(pair);
                if (kv.size() != 2) {
                    throw new IllegalArgumentException("urlencode needs (key, value) pairs, got " + PythonFormat.repr(pair));
                }
                parts.add(quote(PyValues.str(kv.get(0)), true) + "=" + quote(PyValues.str(kv.get(1)), true));
            }
        }
        return String.join("&", parts);
    }

    private static String quote(String s, boolean forQuery) {
        StringBuilder out = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "_.-~".indexOf(c) >= 0
                    || (c == '/' && !forQuery)) {
                out.append((char) c);
            } else if (c == ' ' && forQuery) {
                out.append('+');
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }


    /** Jinja2's {@code filesizeformat(binary=False)}: {@code 1.5 MB}, {@code 1.0 KiB}, {@code 13 Bytes}. */
    private static Object filesizeformat(Object value, FilterArgs args) {
        boolean binary = args.bool(0, "binary", false);
        double bytes = value instanceof CharSequence s ? Double.parseDouble(s.toString().strip()) : PyNumbers.toDouble(value);
        int base = binary ? 1024 : 1000;
        if (bytes == 1) {
            return "1 Byte";
        }
        if (bytes < base) {
            return ((long) bytes) + " Bytes";
        }
        double unit = base;
        for (int i = 0; i < SIZE_PREFIXES.length; i++) {
            unit *= base;
            if (bytes < unit || i == SIZE_PREFIXES.length - 1) {
                String prefix = binary ? SIZE_PREFIXES[i].toUpperCase() + "iB" : SIZE_PREFIXES[i] + "B";
                return PyFormat.fixed(base * bytes / unit, 1) + " " + prefix;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
