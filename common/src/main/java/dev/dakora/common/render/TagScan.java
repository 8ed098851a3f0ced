package dev.dakora.common.render;

/** Finds where Jinja2's lexer ends a tag, comment or raw block, and strips text the way it does. */
final class TagScan {

    /** Where a tag's text ends (before its {@code -}, {@code +} and closing marker) and where the template goes on. */
    record End(int contentEnd, int next) {
    }

    private TagScan() {
    }

    /**
     * The end of the tag whose text starts at {@code from}: the first closing marker outside quotes
     * and brackets. A block ends with {@code +%}}, {@code -%}} plus the whitespace after it, or
     * {@code %}} plus one newline; a variable with {@code -}}} plus whitespace or {@code }}}. Null
     * when the tag is not closed.
     */
    static End end(String s, int from, char close, boolean block) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                i = stringEnd(s, i);
                if (i < 0) {
                    return null;
                }
            } else if (depth == 0 && closesAt(s, i, close)) {
                return new End(i, block ? i + 2 + (i + 2 < s.length() && s.charAt(i + 2) == '\n' ? 1 : 0) : i + 2);
            } else if (depth == 0 && c == '-' && closesAt(s, i + 1, close)) {
                return new End(i, skipSpace(s, i + 3));
            } else if (depth == 0 && block && c == '+' && closesAt(s, i + 1, close)) {
                return new End(i, i + 3);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return null;
    }

    /** The end of a comment whose text starts at {@code from}: {@code +#}}, {@code -#}} plus whitespace, or {@code #}} plus one newline. */
    static End commentEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.startsWith("+#}", i)) {
                return new End(i, i + 3);
            } else if (s.startsWith("-#}", i)) {
                return new End(i, skipSpace(s, i + 3));
            } else if (s.startsWith("#}", i)) {
                return new End(i, i + 2 + (i + 2 < s.length() && s.charAt(i + 2) == '\n' ? 1 : 0));
            }
        }
        return null;
    }

    /**
     * {@code text} as kept before a tag opening with {@code sign}: all trailing whitespace removed for
     * {@code -}; with {@code lstrip} and no {@code +}, the spaces between the last line start and
     * the tag removed when nothing else is there.
     */
    static String strip(String text, char sign, boolean lstrip, boolean lineStarting) {
        if (sign == '-') {
            int end = text.length();
            while (end > 0 && isSpace(text.charAt(end - 1))) {
                end--;
            }
            return text.substring(0, end);
        }
        if (sign != '+' && lstrip) {
            int lineStart = text.lastIndexOf('\n') + 1;
            if ((lineStart > 0 || lineStarting) && lineStart < text.length()
                    && skipSpace(text, lineStart) == text.length()) {
                return text.substring(0, lineStart);
            }
        }
        return text;
    }

    /** The first word of a tag's text: its name. */
    static String firstWord(String body) {
        int start = skipSpace(body, 0);
        int end = start;
        while (end < body.length() && (Character.isLetterOrDigit(body.charAt(end)) || body.charAt(end) == '_')) {
            end++;
        }
        return body.substring(start, end);
    }

    /** {@code body} with a space between two closing braces outside quotes, so that Jinjava does not end the tag there. */
    static String separateBraces(String body) {
        if (!body.contains("}}")) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length() + 4);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'' || c == '"') {
                int end = stringEnd(body, i);
                out.append(body, i, end + 1);
                i = end;
            } else {
                out.append(c);
                if (c == '}' && i + 1 < body.length() && body.charAt(i + 1) == '}') {
                    out.append(' ');
                }
            }
        }
        return out.toString();
    }

    private static boolean closesAt(String s, int i, char close) {
        return i + 1 < s.length() && s.charAt(i) == close && s.charAt(i + 1) == '}';
    }

    private static int stringEnd(String s, int open) {
        char quote = s.charAt(open);
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    static int skipSpace(String s, int from) {
        int i = from;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Python's whitespace ({@code str.isspace}), which Jinja2's {@code \s} and {@code rstrip} use. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u0085';
    }
}
