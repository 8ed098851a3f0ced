package dev.dakora.common.render;

import dev.dakora.common.value.PyTuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Python's searching and splitting {@code str} methods: find, index, count, affixes, split, partition, replace. */
final class PyStringSearch {

    private PyStringSearch() {
    }

    static Object call(String s, String name, MethodArgs args) {
        MethodArgs a = switch (name) {
            case "split", "rsplit" -> args;
            default -> args.require(1, name);
        };
        return switch (name) {
            case "find" -> find(s, a, false);
            case "rfind" -> find(s, a, true);
            case "index", "rindex" -> {
                long at = find(s, a, name.equals("rindex"));
                if (at < 0) {
                    throw new IllegalArgumentException("substring not found");
                }
                yield at;
            }
            case "count" -> count(s, a);
            case "startswith" -> affix(s, a, true);
            case "endswith" -> affix(s, a, false);
            case "split" -> PyStrings.split(s, a.string(0, "sep", null), (int) a.integer(1, "maxsplit", -1));
            case "rsplit" -> rsplit(s, a.string(0, "sep", null), (int) a.integer(1, "maxsplit", -1));
            case "partition" -> partition(s, a.string(0, "sep", ""), false);
            case "rpartition" -> partition(s, a.string(0, "sep", ""), true);
            default -> throw new IllegalArgumentException("'str' object has no attribute '" + name + "'");
        };
    }

    private static long find(String s, MethodArgs a, boolean last) {
        String sub = a.string(0, "sub", "");
        int start = a.bound(1, "start", s.length(), 0);
        int end = a.bound(2, "end", s.length(), s.length());
        if (end - start < sub.length()) {
            return -1;
        }
        int at = last ? s.lastIndexOf(sub, end - sub.length()) : s.indexOf(sub, start);
        return at < start || at + sub.length() > end ? -1 : at;
    }

    private static long count(String s, MethodArgs a) {
        String sub = a.string(0, "sub", "");
        int start = a.bound(1, "start", s.length(), 0);
        int end = a.bound(2, "end", s.length(), s.length());
        if (end < start) {
            return 0;
        }
        if (sub.isEmpty()) {
            return s.codePointCount(start, end) + 1L;
        }
        long n = 0;
        for (int at = s.indexOf(sub, start); at >= 0 && at + sub.length() <= end; at = s.indexOf(sub, at + sub.length())) {
            n++;
        }
        return n;
    }

    private static boolean affix(String s, MethodArgs a, boolean prefix) {
        Object affixes = a.get(0, prefix ? "prefix" : "suffix", "");
        int start = a.bound(1, "start", s.length(), 0);
        int end = a.bound(2, "end", s.length(), s.length());
        if (start > end) {
            return false;
        }
        String window = s.substring(start, end);
        List<Object> options = affixes instanceof List<?> ? PyValues.list(affixes) : List.of(affixes);
        for (Object option : options) {
            if (!(option instanceof CharSequence)) {
                throw new IllegalArgumentException((prefix ? "startswith" : "endswith")
                        + " first arg must be str or a tuple of str, not " + PyMethods.typeName(option));
            }
            String affix = option.toString();
            if (prefix ? window.startsWith(affix) : window.endsWith(affix)) {
                return true;
            }
        }
        return false;
    }

    /** Python's {@code rsplit(sep=None, maxsplit=-1)}: splits from the right. */
    static List<String> rsplit(String s, String separator, int maxSplit) {
        if (maxSplit < 0) {
            return PyStrings.split(s, separator, -1);
        }
        String reversed = new StringBuilder(s).reverse().toString();
        String sep = separator == null ? null : new StringBuilder(separator).reverse().toString();
        List<String> parts = new ArrayList<>();
        for (String part : PyStrings.split(reversed, sep, maxSplit)) {
            parts.add(new StringBuilder(part).reverse().toString());
        }
        Collections.reverse(parts);
        return parts;
    }

    private static PyTuple partition(String s, String separator, boolean last) {
        if (separator.isEmpty()) {
            throw new IllegalArgumentException("empty separator");
        }
        int at = last ? s.lastIndexOf(separator) : s.indexOf(separator);
        if (at < 0) {
            return last ? PyTuple.of("", "", s) : PyTuple.of(s, "", "");
        }
        return PyTuple.of(s.substring(0, at), separator, s.substring(at + separator.length()));
    }

    /** Python's {@code replace(old, new, count=-1)}; the result's size is checked before it is built. */
    static String replace(String s, String old, String replacement, long count) {
        long limit = count < 0 ? Long.MAX_VALUE : count;
        long matches = old.isEmpty() ? Math.min(limit, s.codePointCount(0, s.length()) + 1L) : 0;
        for (int at = old.isEmpty() ? -1 : s.indexOf(old); at >= 0 && matches < limit; at = s.indexOf(old, at + old.length())) {
            matches++;
        }
        OutputBudget.require(s.length() + OutputBudget.times(matches, replacement.length()) - matches * old.length(),
                "the replaced text");
        StringBuilder out = new StringBuilder();
        if (old.isEmpty()) {
            int i = 0;
            for (long done = 0; done < matches && i < s.length(); done++) {
                int next = i + Character.charCount(s.codePointAt(i));
                out.append(replacement).append(s, i, next);
                i = next;
            }
            out.append(matches > s.codePointCount(0, i) ? replacement : "").append(s, i, s.length());
            return out.toString();
        }
        int from = 0;
        for (long done = 0; done < matches; done++) {
            int at = s.indexOf(old, from);
            out.append(s, from, at).append(replacement);
            from = at + old.length();
        }
        return out.append(s, from, s.length()).toString();
    }
}
