package dev.dakora.common.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@link UrlizeFilter} links one word of escaped text, as Jinja2's {@code urlize} does: an
 * {@code http(s)://} or {@code www.} address, a bare domain of a common top-level domain, an e-mail
 * address or a word starting with one of {@code schemes}. Links to addresses carry {@code attributes};
 * their text is cut to {@code trim} characters when that is given.
 */
record UrlLinker(Long trim, String attributes, List<String> schemes) {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE;
    private static final Pattern HEAD = Pattern.compile("^(?:[(<]|&lt;)+");
    private static final Pattern TAIL = Pattern.compile("(?:[)>.,\\n]|&gt;)+$");
    private static final Pattern HTTP = Pattern.compile("^(?:(?:https?://|www\\.)(?:[\\w%-]+\\.)*(?:[a-z]{2,63}|xn--[\\w%]{2,59})"
            + "|(?:[\\w%-]{2,63}\\.)+(?:com|net|int|edu|gov|org|info|mil)"
            + "|https?://(?:\\d{1,3}(?:\\.\\d{1,3}){3}|\\[(?:[\\da-f]{0,4}:){2}(?:[\\da-f]{0,4}:?){1,6}\\]))"
            + "(?::\\d{1,5})?(?:[/?#]\\S*)?$", FLAGS | Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("^\\S+@\\w[\\w.-]*\\.\\w+$", FLAGS);
    private static final String[][] PAIRS = {{"(", ")"}, {"<", ">"}, {"&lt;", "&gt;"}};

    /** {@code word} with its address made a link, if it is one; the punctuation around it stays outside. */
    String word(String word) {
        String head = "";
        String middle = word;
        String tail = "";
        Matcher lead = HEAD.matcher(middle);
        if (lead.find()) {
            head = lead.group();
            middle = middle.substring(lead.end());
        }
        Matcher trail = TAIL.matcher(middle);
        if (trail.find()) {
            tail = trail.group();
            middle = middle.substring(0, trail.start());
        }
        for (String[] pair : PAIRS) {
            int opened = count(middle, pair[0]);
            if (opened <= count(middle, pair[1])) {
                continue;
            }
            for (int i = Math.min(opened, count(tail, pair[1])); i > 0; i--) {
                int end = tail.indexOf(pair[1]) + pair[1].length();
                middle += tail.substring(0, end);
                tail = tail.substring(end);
            }
        }
        return head + link(middle) + tail;
    }

    private String link(String middle) {
        if (HTTP.matcher(middle).matches()) {
            String href = middle.startsWith("https://") || middle.startsWith("http://") ? middle : "https://" + middle;
            return "<a href=\"" + href + "\"" + attributes + ">" + trimmed(middle) + "</a>";
        }
        if (middle.startsWith("mailto:") && EMAIL.matcher(middle.substring(7)).matches()) {
            return "<a href=\"" + middle + "\">" + middle.substring(7) + "</a>";
        }
        if (middle.contains("@") && !middle.startsWith("www.") && !middle.startsWith("@") && !middle.contains(":")
                && EMAIL.matcher(middle).matches()) {
            return "<a href=\"mailto:" + middle + "\">" + middle + "</a>";
        }
        String linked = middle;
        for (String scheme : schemes) {
            if (!linked.equals(scheme) && linked.startsWith(scheme)) {
                linked = "<a href=\"" + linked + "\"" + attributes + ">" + linked + "</a>";
            }
        }
        return linked;
    }

    /** Jinja2's {@code x[:limit] + '...'} when {@code x} is longer than the limit (a negative one counts from the end). */
    private String trimmed(String url) {
        int length = url.codePointCount(0, url.length());
        if (trim == null || length <= trim) {
            return url;
        }
        long keep = trim < 0 ? Math.max(0, length + trim) : trim;
        return url.substring(0, url.offsetByCodePoints(0, (int) keep)) + "...";
    }

    /** Python's {@code text.count(part)}: non-overlapping occurrences. */
    private static int count(String text, String part) {
        int found = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            found++;
        }
        return found;
    }
}
