package dev.dakora.common.render;

/** Finds a raw block's text as Jinja2's lexer does: after {@code {% raw %}}, up to the first {@code {% endraw %}}. */
final class RawScan {

    private RawScan() {
    }

    /** Where the text of a raw block starts when {@code {%(-|+)? raw (-%}|%})} opens at {@code open}; -1 otherwise. */
    static int rawBegin(String s, int open) {
        int i = open + 2;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        i = TagScan.skipSpace(s, i);
        if (!s.startsWith("raw", i)) {
            return -1;
        }
        i = TagScan.skipSpace(s, i + 3);
        if (s.startsWith("-%}", i)) {
            return TagScan.skipSpace(s, i + 3);
        }
        return s.startsWith("%}", i) ? i + 2 : -1;
    }

    /** The index of the first {@code {%(-|+)? endraw (+|-)?%}} at or after {@code from}; -1 if none. */
    static int endRaw(String s, int from) {
        for (int open = s.indexOf("{%", from); open >= 0; open = s.indexOf("{%", open + 2)) {
            int i = open + 2;
            if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            i = TagScan.skipSpace(s, i);
            if (s.startsWith("endraw", i)) {
                i = TagScan.skipSpace(s, i + 6);
                if (s.startsWith("%}", i) || s.startsWith("-%}", i) || s.startsWith("+%}", i)) {
                    return open;
                }
            }
        }
        return -1;
    }
}
