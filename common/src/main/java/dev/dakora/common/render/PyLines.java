package dev.dakora.common.render;

import java.util.ArrayList;
import java.util.List;

/** Python's {@code str.splitlines()}: splits at every Unicode line boundary, drops the boundaries. */
final class PyLines {

    private PyLines() {
    }

    static List<String> split(String s) {
        return split(s, false);
    }

    /** {@code str.splitlines(keepends)}. */
    static List<String> split(String s, boolean keepEnds) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isBoundary(c)) {
                int end = i;
                i += c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
                lines.add(s.substring(start, keepEnds ? i : end));
                start = i;
            } else {
                i++;
            }
        }
        if (start < s.length()) {
            lines.add(s.substring(start));
        }
        return lines;
    }

    private static boolean isBoundary(char c) {
        return switch (c) {
            case '\n', '\r', '\u000b', '\u000c', '\u001c', '\u001d', '\u001e', '\u0085', '\u2028', '\u2029' -> true;
            default -> false;
        };
    }
}
