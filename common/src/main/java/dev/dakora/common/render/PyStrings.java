package dev.dakora.common.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Python's {@code str} methods as templates call them ({@code s.upper()}, {@code s.split(',')}, ...). */
final class PyStrings {

    private PyStrings() {
    }

    static Object call(String s, String name, Object[] args) {
        return switch (name) {
            case "upper" -> s.toUpperCase(Locale.ROOT);
            case "lower" -> s.toLowerCase(Locale.ROOT);
            case "strip" -> strip(s, chars(args), true, true);
            case "lstrip" -> strip(s, chars(args), true, false);
            case "rstrip" -> strip(s, chars(args), false, true);
            case "startswith" -> matchesAny(s, PyMethods.arg(args, 0, ""), true);
            case "endswith" -> matchesAny(s, PyMethods.arg(args, 0, ""), false);
            case "split" -> split(s, chars(args), args.length > 1 ? ((Number) args[1]).intValue() : -1);
            case "replace" -> s.replace(PyValues.str(PyMethods.arg(args, 0, "")), PyValues.str(PyMethods.arg(args, 1, "")));
            case "title" -> TextFilters.title(s);
            case "capitalize" -> TextFilters.capitalize(s);
            case "count" -> count(s, PyValues.str(PyMethods.arg(args, 0, "")));
            case "find" -> (long) s.indexOf(PyValues.str(PyMethods.arg(args, 0, "")));
            case "join" -> PyMethods.joinStrings(PyMethods.arg(args, 0, List.of()), s);
            case "isdigit" -> !s.isEmpty() && s.chars().allMatch(Character::isDigit);
            case "isalpha" -> !s.isEmpty() && s.chars().allMatch(Character::isLetter);
            case "isspace" -> !s.isEmpty() && s.chars().allMatch(Character::isWhitespace);
            case "islower" -> s.chars().anyMatch(Character::isLowerCase) && s.equals(s.toLowerCase(Locale.ROOT));
            case "isupper" -> s.chars().anyMatch(Character::isUpperCase) && s.equals(s.toUpperCase(Locale.ROOT));
            case "splitlines" -> PyLines.split(s);
            default -> throw new IllegalArgumentException("'str' object has no method '" + name + "'");
        };
    }

    private static String chars(Object[] args) {
        Object chars = PyMethods.arg(args, 0, null);
        return chars == null ? null : PyValues.str(chars);
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

    private static boolean matchesAny(String s, Object affixes, boolean prefix) {
        List<Object> options = affixes instanceof List<?> ? PyValues.list(affixes) : List.of(affixes);
        for (Object option : options) {
            String affix = PyValues.str(option);
            if (prefix ? s.startsWith(affix) : s.endsWith(affix)) {
                return true;
            }
        }
        return false;
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
                    parts.add(strip(s.substring(i), null, false, true));
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

    private static long count(String s, String sub) {
        if (sub.isEmpty()) {
            return s.codePointCount(0, s.length()) + 1L;
        }
        long n = 0;
        for (int at = s.indexOf(sub); at >= 0; at = s.indexOf(sub, at + sub.length())) {
            n++;
        }
        return n;
    }
}
