package dev.dakora.common.render;

/**
 * Jinja2's lexer whitespace rules applied to the source, so that Jinjava (trim_blocks and
 * lstrip_blocks off) renders text exactly as written: newlines ({@code \r\n}, {@code \r}) become
 * {@code \n}; {@code {%-}, {@code {{-}, {@code {#-} strip all whitespace before a tag and
 * {@code -%}}, {@code -}}}, {@code -#}} all whitespace after; trim_blocks drops the newline after a
 * block or comment tag unless it ends with {@code +%}}; lstrip_blocks drops the spaces and tabs
 * between the start of a line and a block or comment tag unless it opens with {@code {%+}; a
 * {@code {% raw %}} block's text is kept as written. Comments are dropped. The markers are removed,
 * and every newline removed from the text moves inside a tag so that line numbers stay right
 * ({@link JinjavaSourceWriter}).
 */
final class WhitespaceControl {

    private final String source;
    private final JinjavaSourceWriter out;
    private int pos;
    private boolean lineStarting = true;

    private WhitespaceControl(String source) {
        this.source = source;
        this.out = new JinjavaSourceWriter(source.length() + 16);
    }

    /** The template with Jinja2's whitespace control done; throws {@link IllegalArgumentException} on an unclosed tag. */
    static String apply(String template) {
        WhitespaceControl lexer = new WhitespaceControl(normalizeNewlines(template));
        lexer.run();
        return lexer.out.toString();
    }

    private void run() {
        int open;
        while ((open = nextTagStart(pos)) >= 0) {
            char kind = source.charAt(open + 1);
            int rawBody = kind == '%' ? RawScan.rawBegin(source, open) : -1;
            char sign = open + 2 < source.length() ? source.charAt(open + 2) : 0;
            int removed = text(source.substring(pos, open), sign, kind != '{');
            pos = open;
            if (rawBody >= 0) {
                raw(rawBody, removed);
            } else if (kind == '#') {
                comment(open, sign, removed);
            } else {
                tag(open, kind, sign, removed);
            }
        }
        out.text(source.substring(pos));
    }

    /** Appends the text before a tag, stripped as the tag asks; returns the count of newlines removed. */
    private int text(String text, char sign, boolean lstrip) {
        String kept = TagScan.strip(text, sign, lstrip, lineStarting);
        out.text(kept);
        return newlines(text, kept.length(), text.length());
    }

    private void tag(int open, char kind, char sign, int removedBefore) {
        int start = open + 2 + (sign == '-' || sign == '+' ? 1 : 0);
        char close = kind == '%' ? '%' : '}';
        TagScan.End end = TagScan.end(source, start, close, kind == '%');
        if (end == null) {
            throw new IllegalArgumentException("unexpected end of template: the tag opened at line "
                    + line(open) + " is not closed");
        }
        String body = TagScan.separateBraces(source.substring(start, end.contentEnd()));
        if (kind == '%' && TagScan.firstWord(body).equals("raw")) {
            throw new IllegalArgumentException("the raw tag at line " + line(open)
                    + " must end with '%}' or '-%}'");
        }
        out.tag(kind, body, removedBefore, newlines(source, end.contentEnd(), end.next()));
        finish(end.next());
    }

    private void comment(int open, char sign, int removedBefore) {
        int start = open + 2 + (sign == '-' || sign == '+' ? 1 : 0);
        TagScan.End end = TagScan.commentEnd(source, start);
        if (end == null && start >= source.length()) {
            pos = source.length();
            return;
        }
        if (end == null) {
            throw new IllegalArgumentException("missing end of comment tag opened at line " + line(open));
        }
        out.removedLines(removedBefore + newlines(source, open, end.next()));
        finish(end.next());
    }

    private void raw(int bodyStart, int removedBefore) {
        int beginNewlines = newlines(source, pos, bodyStart);
        lineStarting = source.charAt(bodyStart - 1) == '\n';
        int endRaw = RawScan.endRaw(source, bodyStart);
        if (endRaw < 0 && bodyStart == source.length()) {
            pos = bodyStart;
            return;
        }
        if (endRaw < 0) {
            throw new IllegalArgumentException("missing end of raw directive opened at line " + line(pos));
        }
        char sign = source.charAt(endRaw + 2);
        String body = source.substring(bodyStart, endRaw);
        TagScan.End end = TagScan.end(source, endRaw + 2 + (sign == '-' || sign == '+' ? 1 : 0), '%', true);
        String kept = TagScan.strip(body, sign, true, lineStarting);
        int removed = newlines(body, kept.length(), body.length());
        out.raw(removedBefore + beginNewlines, kept, removed, newlines(source, endRaw, end.next()));
        finish(end.next());
    }

    private void finish(int next) {
        lineStarting = next > 0 && source.charAt(next - 1) == '\n';
        pos = next;
    }

    private int nextTagStart(int from) {
        int i = source.indexOf('{', from);
        while (i >= 0 && i + 1 < source.length()) {
            char next = source.charAt(i + 1);
            if (next == '{' || next == '%' || next == '#') {
                return i;
            }
            i = source.indexOf('{', i + 1);
        }
        return -1;
    }

    private int line(int index) {
        return newlines(source, 0, index) + 1;
    }

    private static int newlines(String s, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private static String normalizeNewlines(String template) {
        return template.indexOf('\r') < 0 ? template : template.replace("\r\n", "\n").replace('\r', '\n');
    }
}
