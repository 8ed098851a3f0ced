package dev.dakora.gateway.web;

/**
 * The 1-based line of character offsets in a text whose lines end in LF, CRLF or CR, asked in increasing
 * order (as a parser meets its records): each answer counts only the line breaks since the previous one,
 * so a whole file costs one pass and no memory per line.
 */
final class LineNumbers {

    private final String text;
    private int position;
    private int line = 1;

    LineNumbers(String text) {
        this.text = text;
    }

    /** The line holding the character at {@code offset}, which is not before the offset asked last. */
    int lineAt(long offset) {
        if (offset < position) {
            throw new IllegalArgumentException("offsets must not decrease: " + offset + " after " + position);
        }
        int end = (int) Math.min(offset, text.length());
        for (; position < end; position++) {
            char ch = text.charAt(position);
            if (ch == '\n' || (ch == '\r' && (position + 1 == text.length() || text.charAt(position + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
