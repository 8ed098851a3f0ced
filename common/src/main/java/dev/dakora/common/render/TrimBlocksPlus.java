package dev.dakora.common.render;

/**
 * Jinja2's {@code +%}}: a block tag ending that way keeps the newline after it, which
 * {@code trim_blocks} would remove. Jinjava does not know the marker, so the source is rewritten:
 * the {@code +} is dropped and the newline doubled, and trim_blocks removes one of the two. Text
 * inside {@code {% raw %}} is left alone.
 */
final class TrimBlocksPlus {

    private TrimBlocksPlus() {
    }

    static String apply(String template) {
        if (!template.contains("+%}")) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 8);
        int from = 0;
        boolean raw = false;
        int open;
        while ((open = template.indexOf("{%", from)) >= 0) {
            int close = template.indexOf("%}", open + 2);
            if (close < 0) {
                break;
            }
            String name = tagName(template, open + 2, close);
            if (raw && !name.equals("endraw")) {
                out.append(template, from, close + 2);
                from = close + 2;
                continue;
            }
            raw = name.equals("raw");
            if (template.charAt(close - 1) == '+' && close - 1 > open + 1) {
                out.append(template, from, close - 1).append("%}");
                from = close + 2;
                if (template.startsWith("\r\n", from)) {
                    out.append("\r\n");
                } else if (template.startsWith("\n", from)) {
                    out.append('\n');
                }
            } else {
                out.append(template, from, close + 2);
                from = close + 2;
            }
        }
        return out.append(template, from, template.length()).toString();
    }

    private static String tagName(String template, int from, int to) {
        int start = from;
        while (start < to && (template.charAt(start) == '-' || template.charAt(start) == '+'
                || Character.isWhitespace(template.charAt(start)))) {
            start++;
        }
        int end = start;
        while (end < to && Character.isLetter(template.charAt(end))) {
            end++;
        }
        return template.substring(start, end);
    }
}
