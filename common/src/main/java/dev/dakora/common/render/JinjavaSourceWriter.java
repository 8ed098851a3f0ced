package dev.dakora.common.render;

/**
 * Writes a template in the form Jinjava reads once {@link WhitespaceControl} has decided what to
 * strip: tags without their {@code -} and {@code +} markers, and each newline removed from the text
 * kept inside a tag, so that Jinjava counts the same line numbers as Jinja2.
 */
final class JinjavaSourceWriter {

    private final StringBuilder out;

    JinjavaSourceWriter(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** Text is appended as is, except a last '{' that would join the next tag's opening. */
    void text(String text) {
        if (text.endsWith("{")) {
            out.append(text, 0, text.length() - 1).append("{{ '{' }}");
        } else {
            out.append(text);
        }
    }

    /**
     * A block ({@code kind} '%') or variable ({@code kind} '{') tag around {@code body}, with the
     * newlines removed before it after its opening and those of its closing marker before its close;
     * a space keeps a body's first or last character from joining the tag's markers.
     */
    void tag(char kind, String body, int newlinesBefore, int newlinesInEnd) {
        out.append('{').append(kind).append("\n".repeat(newlinesBefore));
        if (!body.isEmpty() && "-+{%#".indexOf(body.charAt(0)) >= 0) {
            out.append(' ');
        }
        out.append(body);
        if (!body.isEmpty() && "-+}%".indexOf(body.charAt(body.length() - 1)) >= 0) {
            out.append(' ');
        }
        out.append("\n".repeat(newlinesInEnd)).append(kind == '%' ? '%' : '}').append('}');
    }

    /** An empty comment holding {@code lines} newlines, in place of a dropped comment; nothing when there are none. */
    void removedLines(int lines) {
        if (lines > 0) {
            out.append("{#").append("\n".repeat(lines)).append("#}");
        }
    }

    /**
     * A raw block whose text is {@code body}: the newlines removed before it and those of its opening
     * tag go inside {@code {% raw %}}, those stripped from its text and those of its closing tag inside
     * {@code {% endraw %}}.
     */
    void raw(int newlinesBefore, String body, int newlinesStripped, int newlinesInEnd) {
        out.append("{%").append("\n".repeat(newlinesBefore)).append(" raw %}").append(body)
                .append("{%").append("\n".repeat(newlinesStripped)).append(" endraw ")
                .append("\n".repeat(newlinesInEnd)).append("%}");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
