package dev.dakora.common.render;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** MarkupSafe's {@code striptags}: comments and tags removed, whitespace collapsed, entities decoded. */
final class HtmlText {

    private static final Pattern COMMENTS = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern TAGS = Pattern.compile("<.*?>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"),
            Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"), Map.entry("hellip", "\u2026"),
            Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"), Map.entry("euro", "\u20ac"));

    private HtmlText() {
    }

    static String stripTags(String html) {
        String text = html.indexOf('<') < 0 ? html : TAGS.matcher(COMMENTS.matcher(html).replaceAll("")).replaceAll("");
        String collapsed = String.join(" ", PyStrings.split(text, null, -1));
        return collapsed.indexOf('&') < 0 ? collapsed : unescape(collapsed);
    }

    static String unescape(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
        }
        return m.appendTail(out).toString();
    }

    private static String decode(String name, String original) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            String digits = name.substring(hex ? 2 : 1);
            if (digits.length() > 7) {
                return "\ufffd";
            }
            int code = Integer.parseInt(digits, hex ? 16 : 10);
            return Character.isValidCodePoint(code) && code != 0 ? Character.toString(code) : "\ufffd";
        }
        return NAMED.getOrDefault(name, original);
    }
}
