package dev.dakora.common.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Python's {@code textwrap.wrap} as Jinja2's {@code wordwrap} calls it (tabs and whitespace kept as they are). */
final class PyTextWrap {

    private static final String LETTER = "[^\\d\\W]";
    private static final String WORD_PUNCT = "[\\w!\"'&.,?]";
    private static final String SPACE = "[ \\t\\n\\x0b\\f\\r]";
    private static final Pattern CHUNKS_HYPHENATED = Pattern.compile(
            SPACE + "+|(?<=" + WORD_PUNCT + ")-{2,}(?=\\w)|[^ \\t\\n\\x0b\\f\\r]+?(?:-(?:(?<=" + LETTER + "{2}-)|(?<="
                    + LETTER + "-" + LETTER + "-))(?=" + LETTER + "-?" + LETTER + ")|(?=" + SPACE + "|\\z)|(?<="
                    + WORD_PUNCT + ")(?=-{2,}\\w))", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CHUNKS_SIMPLE = Pattern.compile(SPACE + "+|[^ \\t\\n\\x0b\\f\\r]+");

    private PyTextWrap() {
    }

    static List<String> wrap(String text, int width, boolean breakLongWords, boolean breakOnHyphens) {
        if (width <= 0) {
            throw new IllegalArgumentException("invalid width " + width + " (must be > 0)");
        }
        List<String> chunks = new ArrayList<>();
        Matcher m = (breakOnHyphens ? CHUNKS_HYPHENATED : CHUNKS_SIMPLE).matcher(text);
        while (m.find()) {
            if (!m.group().isEmpty()) {
                chunks.add(m.group());
            }
        }
        List<String> lines = new ArrayList<>();
        int next = 0;
        while (next < chunks.size()) {
            List<String> line = new ArrayList<>();
            int length = 0;
            if (chunks.get(next).isBlank() && !lines.isEmpty()) {
                next++;
            }
            while (next < chunks.size() && length + chunks.get(next).length() <= width) {
                length += chunks.get(next).length();
                line.add(chunks.get(next++));
            }
            if (next < chunks.size() && chunks.get(next).length() > width) {
                next = breakLongWord(chunks, next, line, length, width, breakLongWords, breakOnHyphens);
            }
            if (!line.isEmpty() && line.getLast().isBlank()) {
                line.removeLast();
            }
            if (!line.isEmpty()) {
                lines.add(String.join("", line));
            }
        }
        return lines;
    }

    private static int breakLongWord(List<String> chunks, int next, List<String> line, int length, int width,
                                     boolean breakLongWords, boolean breakOnHyphens) {
        int spaceLeft = width < 1 ? 1 : width - length;
        String chunk = chunks.get(next);
        if (breakLongWords) {
            int end = spaceLeft;
            if (breakOnHyphens && chunk.length() > spaceLeft) {
                int hyphen = chunk.lastIndexOf('-', spaceLeft - 1);
                if (hyphen > 0 && chunk.substring(0, hyphen).chars().anyMatch(c -> c != '-')) {
                    end = hyphen + 1;
                }
            }
            line.add(chunk.substring(0, end));
            chunks.set(next, chunk.substring(end));
            return next;
        }
        if (line.isEmpty()) {
            line.add(chunk);
            return next + 1;
        }
        return next;
    }
}
