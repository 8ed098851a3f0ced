package dev.dakora.common.render;

/**
 * A Jinja2 string literal as its lexer reads it (Python's {@code unicode-escape}): {@code \n},
 * {@code \t}, {@code \x00}, {@code \u00e9}, {@code \U0001F600}, octal {@code \101}, {@code \a \b \f \v},
 * an escaped quote or backslash; any other backslash stays as written ({@code '\d'} is two characters).
 */
final class PyStringLiteral {

    private PyStringLiteral() {
    }

    /** The index just past the closing quote of the literal opening at {@code start}, or -1 when it is not closed. */
    static int end(String input, int start) {
        char quote = input.charAt(start);
        for (int i = start + 1; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The text of a literal's body; an escape cut short ({@code \x4}) is an {@link IllegalArgumentException}. */
    static String value(String body) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 == body.length()) {
                out.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000b');
                case '\\', '\'', '"' -> out.append(e);
                case '\n' -> { }
                case 'x' -> i = hex(body, i, 2, out);
                case 'u' -> i = hex(body, i, 4, out);
                case 'U' -> i = hex(body, i, 8, out);
                default -> {
                    if (e >= '0' && e <= '7') {
                        int end = i;
                        while (end < body.length() && end < i + 3 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
                            end++;
                        }
                        out.appendCodePoint(Integer.parseInt(body.substring(i, end), 8));
                        i = end - 1;
                    } else {
                        out.append('\\').append(e);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Appends the code point of the {@code digits} hex digits after {@code at}; returns the index of the last one. */
    private static int hex(String body, int at, int digits, StringBuilder out) {
        int end = at + 1 + digits;
        if (end > body.length() || !body.substring(at + 1, end).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("truncated \\" + body.charAt(at) + " escape");
        }
        int codePoint = (int) Long.parseLong(body.substring(at + 1, end), 16);
        if (!Character.isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException("illegal Unicode character");
        }
        out.appendCodePoint(codePoint);
        return end - 1;
    }
}
