package dev.dakora.common.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jinja2's {@code lstrip_blocks}: spaces and tabs between the start of a line and a block or
 * comment tag are removed ({@code {%+} keeps them); text inside {@code {% raw %}} is left alone.
 * Done on the source because Jinjava's own option strips whitespace before a tag anywhere in a line.
 */
final class LstripBlocks {

    private static final Pattern RAW = Pattern.compile(
            "\\{%[-+]?\\s*raw\\s*[-+]?%}.*?(?=\\{%[-+]?\\s*endraw\\s*[-+]?%})", Pattern.DOTALL);
    private static final Pattern INDENTED_TAG = Pattern.compile("(?m)^[ \\t]+(?=\\{[%#](?!\\+))");

    private LstripBlocks() {
    }

    static String apply(String template) {
        if (!template.contains("{%") && !template.contains("{#")) {
            return template;
        }
        Matcher raw = RAW.matcher(template);
        int rawStart = raw.find() ? raw.start() : Integer.MAX_VALUE;
        int rawEnd = rawStart == Integer.MAX_VALUE ? -1 : raw.end();
        StringBuilder out = new StringBuilder(template.length());
        Matcher indent = INDENTED_TAG.matcher(template);
        int from = 0;
        while (indent.find()) {
            while (rawEnd >= 0 && rawEnd <= indent.start()) {
                boolean more = raw.find();
                rawStart = more ? raw.start() : Integer.MAX_VALUE;
                rawEnd = more ? raw.end() : -1;
            }
            boolean insideRaw = indent.start() > rawStart && indent.start() < rawEnd;
            if (!insideRaw) {
                out.append(template, from, indent.start());
                from = indent.end();
            }
        }
        return out.append(template, from, template.length()).toString();
    }
}
