package dev.dakora.common.render;

import java.util.function.IntPredicate;

/** Scans tag text for characters outside quotes and brackets, where a tag's own syntax lives. */
final class TopLevel {

    private TopLevel() {
    }

    /** The first index at or after {@code from} outside quotes and brackets where {@code match} holds; -1 if none. */
    static int indexOf(String s, int from, IntPredicate match) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && i >= from && match.test(i)) {
                return i;
            }
        }
        return -1;
    }
}
