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
 * link ({@link UrlLinker}). Links carry {@code rel="noopener"} (the environment's policy) plus {@code rel}
 * and {@code nofollow}; leading and trailing punctuation stays outside the link.
 */
final class UrlizeFilter {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE;
    private static final Pattern SPACE = Pattern.compile("\\s+", FLAGS);
    private static final Pattern SCHEME = Pattern.compile("[\\w.+-]{2,}:/{0,2}", FLAGS);

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
        UrlLinker linker = new UrlLinker(trim, attributes, schemes(args.get(4, "extra_schemes", null), args));
        String text = value instanceof Markup || value instanceof SafeString ? value.toString()
                : MarkupFilters.escape(PyValues.str(value));
        StringBuilder out = new StringBuilder(text.length() + 64);
        Matcher space = SPACE.matcher(text);
        int start = 0;
        while (space.find()) {
            out.append(linker.word(text.substring(start, space.start()))).append(space.group());
            OutputBudget.require(out.length(), "the linked text");
            start = space.end();
        }
        out.append(linker.word(text.substring(start)));
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
}
