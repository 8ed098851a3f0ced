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

    /**
     * The wrapped lines of {@code text}; fails the render as soon as there would be more than
     * {@code maxLines} lines. Chunks are ranges of {@code text}, so breaking a long word copies nothing.
     */
    static List<String> wrap(String text, int width, boolean breakLongWords, boolean breakOnHyphens, long maxLines) {
        if (width <= 0) {
            throw new IllegalArgumentException("invalid width " + width + " (must be > 0)");
        }
        List<int[]> chunks = new ArrayList<>();
        Matcher m = (breakOnHyphens ? CHUNKS_HYPHENATED : CHUNKS_SIMPLE).matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                chunks.add(new int[] {m.start(), m.end()});
            }
        }
        List<String> lines = new ArrayList<>();
        int next = 0;
        while (next < chunks.size()) {
            StringBuilder line = new StringBuilder();
            int lastStart = -1;
            if (isBlank(text, chunks.get(next)) && !lines.isEmpty()) {
                next++;
            }
            while (next < chunks.size() && line.length() + size(chunks.get(next)) <= width) {
                lastStart = line.length();
                line.append(text, chunks.get(next)[0], chunks.get(next)[1]);
                next++;
            }
            if (next < chunks.size() && size(chunks.get(next)) > width) {
                int[] chunk = chunks.get(next);
                int spaceLeft = width - line.length();
                if (breakLongWords) {
                    int end = spaceLeft;
                    if (breakOnHyphens) {
                        int hyphen = lastHyphen(text, chunk[0], chunk[0] + spaceLeft) - chunk[0];
                        if (hyphen > 0 && hasNonHyphen(text, chunk[0], chunk[0] + hyphen)) {
                            end = hyphen + 1;
                        }
                    }
                    lastStart = line.length();
                    line.append(text, chunk[0], chunk[0] + end);
                    chunk[0] += end;
                } else if (line.isEmpty()) {
                    lastStart = 0;
                    line.append(text, chunk[0], chunk[1]);
                    next++;
                }
            }
            if (lastStart >= 0 && line.substring(lastStart).isBlank()) {
                line.setLength(lastStart);
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                if (lines.size() > maxLines) {
                    OutputBudget.require(Long.MAX_VALUE, "the wrapped text");
                }
            }
        }
        return lines;
    }

    private static int lastHyphen(String text, int from, int to) {
        for (int i = to - 1; i > from; i--) {
            if (text.charAt(i) == '-') {
                return i;
            }
        }
        return -1;
    }

    private static int size(int[] chunk) {
        return chunk[1] - chunk[0];
    }

    private static boolean isBlank(String text, int[] chunk) {
        for (int i = chunk[0]; i < chunk[1]; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNonHyphen(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '-') {
                return true;
            }
        }
        return false;
    }
}
