package dev.dakora.gateway.web;

import java.util.Arrays;

/** The 1-based line of a character offset in a text whose lines end in LF, CRLF or CR. */
final class LineNumbers {

    private final int[] breaks;

    private LineNumbers(int[] breaks) {
        this.breaks = breaks;
    }

    static LineNumbers of(String text) {
        int[] found = new int[16];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean lineBreak = ch == '\n' || (ch == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
            }
        }
        return new LineNumbers(Arrays.copyOf(found, count));
    }

    /** The line holding the character at {@code offset}: one more than the line breaks before it. */
    int lineAt(long offset) {
        int position = Arrays.binarySearch(breaks, (int) offset);
        int before = position >= 0 ? position : -position - 1;
        return before + 1;
    }
}
