package dev.dakora.evaluation.assertion;

import java.util.List;

/** The checks that read the output as plain text. */
final class TextChecks {

    private static final int QUOTE = 80;

    private TextChecks() {
    }

    static Check equalsCheck(int index, Equals spec) {
        return out -> {
            String wanted = spec.value() != null ? spec.value() : out.input.expected();
            if (wanted == null) {
                return Check.fail(index, spec, "the row has no expected output to compare with");
            }
            String actual = out.text();
            if (spec.trim()) {
                wanted = wanted.strip();
                actual = actual.strip();
            }
            boolean equal = spec.ignoreCase() ? actual.equalsIgnoreCase(wanted) : actual.equals(wanted);
            return equal ? Check.pass(index, spec, "the output equals the expected text")
                    : Check.fail(index, spec, "expected " + Texts.quote(wanted, QUOTE) + ", got " + Texts.quote(actual, QUOTE));
        };
    }

    static Check containsCheck(int index, Contains spec) {
        List<String> values = spec.values();
        boolean any = spec.match() == Match.ANY;
        return out -> {
            String text = out.text();
            for (String value : values) {
                boolean found = Texts.contains(text, value, spec.ignoreCase());
                if (any && found) {
                    return Check.pass(index, spec, "the output contains " + Texts.quote(value, QUOTE));
                }
                if (!any && !found) {
                    return Check.fail(index, spec, "the output does not contain " + Texts.quote(value, QUOTE));
                }
            }
            return any ? Check.fail(index, spec, "the output contains none of the values")
                    : Check.pass(index, spec, "the output contains every value");
        };
    }

    static Check notContainsCheck(int index, NotContains spec) {
        return out -> {
            for (String value : spec.values()) {
                if (Texts.contains(out.text(), value, spec.ignoreCase())) {
                    return Check.fail(index, spec, "the output contains " + Texts.quote(value, QUOTE));
                }
            }
            return Check.pass(index, spec, "the output contains none of the values");
        };
    }

    static Check startsWithCheck(int index, StartsWith spec) {
        return out -> Texts.startsWith(out.text(), spec.value(), spec.ignoreCase())
                ? Check.pass(index, spec, "the output starts with " + Texts.quote(spec.value(), QUOTE))
                : Check.fail(index, spec, "the output starts with " + Texts.quote(out.text(), QUOTE)
                        + ", not " + Texts.quote(spec.value(), QUOTE));
    }

    static Check lengthCheck(int index, LengthBounds spec) {
        boolean words = spec.unit() == LengthUnit.WORDS;
        String unit = words ? " words" : " chars";
        return out -> {
            String text = out.text();
            long length = words ? Texts.countWords(text) : text.codePointCount(0, text.length());
            if (spec.min() != null && length < spec.min()) {
                return Check.fail(index, spec, length + unit + ", fewer than " + spec.min());
            }
            if (spec.max() != null && length > spec.max()) {
                return Check.fail(index, spec, length + unit + ", more than " + spec.max());
            }
            return Check.pass(index, spec, length + unit + ", within bounds");
        };
    }
}
