package dev.dakora.common.render;

import java.util.ArrayList;
import java.util.List;

/** Jinja2's {@code wordwrap} and {@code truncate}: text fitted to a width, within the output cap. */
final class WrapFilters {

    private static final int TRUNCATE_LEEWAY = 5;

    private WrapFilters() {
    }

    /** Jinja2's {@code wordwrap(width=79, break_long_words=True, wrapstring=None, break_on_hyphens=True)}. */
    static Object wordwrap(Object value, FilterArgs args) {
        int width = (int) Math.min(Integer.MAX_VALUE, args.integer(0, "width", 79));
        boolean breakLongWords = args.bool(1, "break_long_words", true);
        String wrapString = args.string(2, "wrapstring", "\n");
        boolean breakOnHyphens = args.bool(3, "break_on_hyphens", true);
        List<String> lines = new ArrayList<>();
        long size = 0;
        for (String line : PyLines.split(TextFilters.text(value, "has no attribute 'splitlines'"))) {
            List<String> wrapped = PyTextWrap.wrap(line, width, breakLongWords, breakOnHyphens,
                    OutputBudget.cap() / Math.max(1, wrapString.length()));
            for (String part : wrapped) {
                size += part.length() + wrapString.length();
                OutputBudget.require(size, "the wrapped text");
            }
            lines.add(String.join(wrapString, wrapped));
        }
        return String.join(wrapString, lines);
    }

    /** Jinja2's {@code truncate(length=255, killwords=False, end='...', leeway=5)}. */
    static Object truncate(Object value, FilterArgs args) {
        int length = (int) args.integer(0, "length", 255);
        boolean killWords = args.bool(1, "killwords", false);
        String end = args.string(2, "end", "...");
        int leeway = (int) args.integer(3, "leeway", TRUNCATE_LEEWAY);
        int endLength = end.codePointCount(0, end.length());
        if (length < endLength) {
            throw args.invalid("length must be at least the length of the end text ('" + end + "')");
        }
        if (leeway < 0) {
            throw args.invalid("leeway must be zero or more");
        }
        if (!PyValueTests.isText(value) && PyIterable.length(value) <= (long) length + leeway) {
            return value;
        }
        String s = TextFilters.text(value, "cannot be truncated");
        int size = s.codePointCount(0, s.length());
        if (size <= length + leeway) {
            return s;
        }
        String head = s.substring(0, s.offsetByCodePoints(0, length - endLength));
        if (killWords) {
            return head + end;
        }
        int lastSpace = head.lastIndexOf(' ');
        return (lastSpace < 0 ? head : head.substring(0, lastSpace)) + end;
    }
}
