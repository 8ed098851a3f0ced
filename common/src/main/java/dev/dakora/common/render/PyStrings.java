package dev.dakora.common.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code str} methods as templates call them ({@code s.strip()}, {@code s.split(',')}, ...):
 * stripping, padding and splitting here; case methods and character predicates in {@link PyStrCase},
 * searching, replacing and partitioning in {@link PyStringSearch}, the rarer ones in {@link PyStrExtras}.
 */
final class PyStrings {

    private PyStrings() {
    }

    static Object call(String s, String name, MethodArgs a) {
        a.require(switch (name) {
            case "ljust", "rjust", "center", "zfill", "removeprefix", "removesuffix" -> 1;
            case "replace" -> 2;
            default -> 0;
        }, name);
        return switch (name) {
            case "upper", "lower", "casefold", "swapcase", "title", "capitalize", "isdigit", "isnumeric", "isdecimal",
                 "isalpha", "isalnum", "isspace", "islower", "isupper", "istitle", "isascii", "isidentifier" ->
                    PyStrCase.call(s, name);
            case "strip" -> strip(s, a.string(0, "chars", null), true, true);
            case "lstrip" -> strip(s, a.string(0, "chars", null), true, false);
            case "rstrip" -> strip(s, a.string(0, "chars", null), false, true);
            case "ljust" -> PyFormat.pad("", s, a.integer(0, "width", 0), fill(a), '<');
            case "rjust" -> PyFormat.pad("", s, a.integer(0, "width", 0), fill(a), '>');
            case "center" -> center(s, a.integer(0, "width", 0), String.valueOf(fill(a)));
            case "zfill" -> zfill(s, a.integer(0, "width", 0));
            case "replace" -> PyStringSearch.replace(s, a.string(0, "old", ""), a.string(1, "new", ""), a.integer(2, "count", -1));
            case "removeprefix" -> s.startsWith(a.string(0, "prefix", "")) ? s.substring(a.string(0, "prefix", "").length()) : s;
            case "removesuffix" -> removeSuffix(s, a.string(0, "suffix", ""));
            case "format" -> PyStrFormat.format(s, a.positional(), a.keywords());
            case "join" -> PyMethods.joinStrings(a.get(0, "iterable", List.of()), s);
            case "splitlines" -> PyLines.split(s, SelectFilters.truthy(a.get(0, "keepends", false)));
            case "expandtabs", "encode", "isprintable", "format_map", "__len__", "__contains__", "__getitem__",
                 "__add__", "__mul__", "__rmul__", "__str__", "__repr__" -> PyStrExtras.call(s, name, a);
            default -> PyStringSearch.call(s, name, a);
        };
    }

    private static char fill(MethodArgs a) {
        String fill = a.string(1, "fillchar", " ");
        if (fill.length() != 1) {
            throw new IllegalArgumentException("The fill character must be exactly one character long");
        }
        return fill.charAt(0);
    }

    /** Python's {@code str.center}: the odd extra space goes left when the width is odd and the margin odd. */
    static String center(String s, long width, String fill) {
        int length = s.codePointCount(0, s.length());
        if (width <= length) {
            return s;
        }
        int margin = OutputBudget.require(width, "the centered text") - length;
        int left = margin / 2 + (margin & (int) width & 1);
        return fill.repeat(left) + s + fill.repeat(margin - left);
    }

    private static String zfill(String s, long width) {
        int length = s.codePointCount(0, s.length());
        if (width <= length) {
            return s;
        }
        int missing = OutputBudget.require(width, "the filled text") - length;
        boolean signed = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+');
        return signed ? s.charAt(0) + "0".repeat(missing) + s.substring(1) : "0".repeat(missing) + s;
    }

    private static String removeSuffix(String s, String suffix) {
        return !suffix.isEmpty() && s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    static String strip(String s, String chars, boolean leading, boolean trailing) {
        int begin = 0;
        int end = s.length();
        while (leading && begin < end && isStripped(s.charAt(begin), chars)) {
            begin++;
        }
        while (trailing && end > begin && isStripped(s.charAt(end - 1), chars)) {
            end--;
        }
        return s.substring(begin, end);
    }

    private static boolean isStripped(char c, String chars) {
        return chars == null ? Character.isWhitespace(c) || Character.isSpaceChar(c) : chars.indexOf(c) >= 0;
    }

    /** Python's {@code split(sep=None, maxsplit=-1)}: no separator splits on runs of whitespace. */
    static List<String> split(String s, String separator, int maxSplit) {
        List<String> parts = new ArrayList<>();
        if (separator == null) {
            int i = 0;
            while (i < s.length()) {
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (i >= s.length()) {
                    break;
                }
                if (maxSplit >= 0 && parts.size() == maxSplit) {
                    parts.add(s.substring(i));
                    return parts;
                }
                int start = i;
                while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                parts.add(s.substring(start, i));
            }
            return parts;
        }
        if (separator.isEmpty()) {
            throw new IllegalArgumentException("empty separator");
        }
        int from = 0;
        int at;
        while ((maxSplit < 0 || parts.size() < maxSplit) && (at = s.indexOf(separator, from)) >= 0) {
            parts.add(s.substring(from, at));
            from = at + separator.length();
        }
        parts.add(s.substring(from));
        return parts;
    }
}
