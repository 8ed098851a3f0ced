package dev.dakora.common.render;

import com.hubspot.jinjava.lib.filter.Filter;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jinja2's string filters, with Python's string semantics (lengths count code points). */
final class TextFilters {

    private static final Pattern WORD_BEGINNING = Pattern.compile("([-\\s({\\[<]+)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private TextFilters() {
    }

    static List<Filter> all() {
        return List.of(
                new NamedFilter("upper", (v, a) -> PyValues.str(v).toUpperCase(Locale.ROOT)),
                new NamedFilter("lower", (v, a) -> PyValues.str(v).toLowerCase(Locale.ROOT)),
                new NamedFilter("trim", (v, a) -> strip(PyValues.str(v),
                        a.get(0, "chars", null) == null ? null : a.requiredText(0, "chars"))),
                new NamedFilter("capitalize", (v, a) -> capitalize(PyValues.str(v))),
                new NamedFilter("title", (v, a) -> title(PyValues.str(v))),
                new NamedFilter("wordcount", (v, a) -> (long) WORD.matcher(PyValues.str(v)).results().count()),
                new NamedFilter("replace", (v, a) -> PyStringSearch.replace(PyValues.str(v),
                        PyValues.str(a.required(0, "old")), PyValues.str(a.required(1, "new")), a.integer(2, "count", -1))),
                new NamedFilter("indent", TextFilters::indent),
                new NamedFilter("center", (v, a) -> PyStrings.center(PyValues.str(v), a.integer(0, "width", 80), " ")),
                new NamedFilter("format", TextFilters::format),
                new NamedFilter("wordwrap", WrapFilters::wordwrap),
                new NamedFilter("truncate", WrapFilters::truncate));
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        int rest = Character.charCount(first);
        return Character.toString(Character.toTitleCase(first)) + s.substring(rest).toLowerCase(Locale.ROOT);
    }

    static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        Matcher m = WORD_BEGINNING.matcher(s);
        int start = 0;
        while (m.find()) {
            out.append(titleWord(s.substring(start, m.start()))).append(m.group());
            start = m.end();
        }
        return out.append(titleWord(s.substring(start))).toString();
    }

    /** Jinja2's {@code item[0].upper() + item[1:].lower()}. */
    private static String titleWord(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int rest = Character.charCount(s.codePointAt(0));
        return s.substring(0, rest).toUpperCase(Locale.ROOT) + s.substring(rest).toLowerCase(Locale.ROOT);
    }

    /** Jinja2's {@code format(*args, **kwargs)}: {@code value % (kwargs or args)}. */
    private static Object format(Object value, FilterArgs args) {
        if (args.positional() != null && args.positional().length > 0 && !args.keywords().isEmpty()) {
            throw args.invalid("can't handle positional and keyword arguments at the same time");
        }
        Object values = !args.keywords().isEmpty() ? args.keywords()
                : dev.dakora.common.value.PyTuple.of(args.positional() == null ? new Object[0] : args.positional());
        return PyPercentFormat.format(PyValues.str(value), values);
    }

    /** The text of a filter that takes only text: Jinja2 fails on anything else. */
    static String text(Object value, String problem) {
        if (!PyValueTests.isText(value)) {
            throw PyFailure.error("'" + PyValues.typeName(value) + "' object " + problem);
        }
        return value.toString();
    }

    /** Python's {@code str.strip(chars)}: without chars, every Unicode space (no-break spaces too). */
    static String strip(String s, String chars) {
        int begin = 0;
        int end = s.length();
        while (begin < end && strips(s.charAt(begin), chars)) {
            begin++;
        }
        while (end > begin && strips(s.charAt(end - 1), chars)) {
            end--;
        }
        return s.substring(begin, end);
    }

    private static boolean strips(char c, String chars) {
        return chars == null ? Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085' : chars.indexOf(c) >= 0;
    }

    /**
     * Jinja2 3.x {@code indent(width=4, first=False, blank=False)}. The size is checked for the lines
     * that are really indented, so a wide indent of one line ({@code 'x'|indent(10**9)}) is just {@code x}.
     */
    private static Object indent(Object value, FilterArgs args) {
        Object width = args.get(0, "width", 4L);
        boolean first = args.bool(1, "first", false);
        boolean blank = args.bool(2, "blank", false);
        List<String> lines = PyLines.split(text(value, "cannot be indented") + "\n");
        long indented = first ? 1 : 0;
        for (int i = 1; i < lines.size(); i++) {
            if (blank || !lines.get(i).isEmpty()) {
                indented++;
            }
        }
        long unit = width instanceof CharSequence w ? w.length() : args.integer(0, "width", 4);
        String indention = "";
        if (indented > 0) {
            OutputBudget.require(OutputBudget.times(indented, Math.max(unit, 0)), "the indented text");
            indention = width instanceof CharSequence w ? w.toString() : " ".repeat((int) Math.max(unit, 0));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > 0) {
                out.append('\n');
                if (blank || !line.isEmpty()) {
                    out.append(indention);
                }
            }
            out.append(line);
        }
        return first ? indention + out : out.toString();
    }
}
