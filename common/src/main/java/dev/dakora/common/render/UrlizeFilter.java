package dev.dakora.common.render;

import com.hubspot.jinjava.objects.SafeString;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jinja2's {@code urlize(trim_url_limit=None, nofollow=False, target=None, rel=None, extra_schemes=None)}:
 * the text is escaped, then each word that is an {@code http(s)://} or {@code www.} address, a
 * bare domain of a common top-level domain, an e-mail address or starts with an extra scheme becomes a
 * link. Links carry {@code rel="noopener"} (the environment's policy) plus {@code rel} and
 * {@code nofollow}; leading and trailing punctuation stays outside the link.
 */
final class UrlizeFilter {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE;
    private static final Pattern SPACE = Pattern.compile("\\s+", FLAGS);
    private static final Pattern HEAD = Pattern.compile("^(?:[(<]|&lt;)+");
    private static final Pattern TAIL = Pattern.compile("(?:[)>.,\\n]|&gt;)+$");
    private static final Pattern HTTP = Pattern.compile("^(?:(?:https?://|www\\.)(?:[\\w%-]+\\.)*(?:[a-z]{2,63}|xn--[\\w%]{2,59})"
            + "|(?:[\\w%-]{2,63}\\.)+(?:com|net|int|edu|gov|org|info|mil)"
            + "|https?://(?:\\d{1,3}(?:\\.\\d{1,3}){3}|\\[(?:[\\da-f]{0,4}:){2}(?:[\\da-f]{0,4}:?){1,6}\\]))"
            + "(?::\\d{1,5})?(?:[/?#]\\S*)?$", FLAGS | Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("^\\S+@\\w[\\w.-]*\\.\\w+$", FLAGS);
    private static final Pattern SCHEME = Pattern.compile("[\\w.+-]{2,}:/{0,2}", FLAGS);
    private static final String[][] PAIRS = {{"(", ")"}, {"<", ">"}, {"&lt;", "&gt;"}};

    private UrlizeFilter() {
    }

    static NamedFilter filter() {
        return new NamedFilter("urlize", UrlizeFilter::urlize);
    }

    private static Object urlize(Object value, FilterArgs args) {
        Long trim = args.get(0, "trim_url_limit", null) == null ? null : args.integer(0, "trim_url_limit", 0);
        TreeSet<String> relParts = new TreeSet<>(List.of("noopener"));
        String rel = args.string(3, "rel", null);
        if (rel != null) {
            relParts.addAll(List.of(rel.strip().split("\\s+")));
            relParts.remove("");
        }
        if (args.bool(1, "nofollow", false)) {
            relParts.add("nofollow");
        }
        String target = args.string(2, "target", null);
        String attributes = " rel=\"" + MarkupFilters.escape(String.join(" ", relParts)) + "\""
                + (target == null || target.isEmpty() ? "" : " target=\"" + MarkupFilters.escape(target) + "\"");
        List<String> schemes = schemes(args.get(4, "extra_schemes", null), args);
        String text = value instanceof Markup || value instanceof SafeString ? value.toString()
                : MarkupFilters.escape(PyValues.str(value));
        StringBuilder out = new StringBuilder(text.length() + 64);
        Matcher space = SPACE.matcher(text);
        int start = 0;
        while (space.find()) {
            out.append(word(text.substring(start, space.start()), trim, attributes, schemes)).append(space.group());
            OutputBudget.require(out.length(), "the linked text");
            start = space.end();
        }
        out.append(word(text.substring(start), trim, attributes, schemes));
        OutputBudget.require(out.length(), "the linked text");
        return out.toString();
    }

    private static List<String> schemes(Object given, FilterArgs args) {
        if (given == null) {
            return List.of();
        }
        List<String> schemes = new ArrayList<>();
        for (Object scheme : PyIterable.items(given)) {
            String text = PyValues.str(scheme);
            if (!SCHEME.matcher(text).matches()) {
                throw args.invalid("'" + text + "' is not a valid URI scheme prefix.");
            }
            schemes.add(text);
        }
        return schemes;
    }

    private static String word(String word, Long trim, String attributes, List<String> schemes) {
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
        return head + link(middle, trim, attributes, schemes) + tail;
    }

    private static String link(String middle, Long trim, String attributes, List<String> schemes) {
        if (HTTP.matcher(middle).matches()) {
            String href = middle.startsWith("https://") || middle.startsWith("http://") ? middle : "https://" + middle;
            return "<a href=\"" + href + "\"" + attributes + ">" + trimmed(middle, trim) + "</a>";
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
    private static String trimmed(String url, Long limit) {
        int length = url.codePointCount(0, url.length());
        if (limit == null || length <= limit) {
            return url;
        }
        long keep = limit < 0 ? Math.max(0, length + limit) : limit;
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
