package dev.dakora.evaluation.assertion;

import java.util.List;

/** Text rules and searches that work on the strings as given, without copying them. */
final class Texts {

    private Texts() {
    }

    static List<String> values(List<String> values) {
        if (values == null || values.isEmpty()) {
            throw new SpecFieldException("value", "is required (a string, or values: a list of strings)");
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || values.get(i).isEmpty()) {
                throw new SpecFieldException("values[" + i + "]", "must be a non-empty string");
            }
        }
        return List.copyOf(values);
    }

    /** {@code value} (one string) or {@code values} (a list), exactly one of them. */
    static List<String> readValues(SpecFields f, boolean listRequired) {
        boolean one = f.has("value");
        boolean many = f.has("values");
        if (one && many) {
            throw new SpecFieldException("values", "give value or values, not both");
        }
        if (one && !listRequired) {
            return List.of(f.requiredText("value"));
        }
        if (one) {
            throw new SpecFieldException("value", "this type takes values: a list of strings");
        }
        List<String> values = f.textList("values");
        if (values == null) {
            throw new SpecFieldException(listRequired ? "values" : "value",
                    listRequired ? "is required (a list of strings)" : "is required (a string, or values: a list of strings)");
        }
        return values;
    }

    static boolean contains(String text, String needle, boolean ignoreCase) {
        return ignoreCase ? indexOfIgnoreCase(text, needle) >= 0 : text.contains(needle);
    }

    static boolean startsWith(String text, String prefix, boolean ignoreCase) {
        return text.regionMatches(ignoreCase, 0, prefix, 0, prefix.length());
    }

    static int indexOfIgnoreCase(String text, String needle) {
        int last = text.length() - needle.length();
        for (int i = 0; i <= last; i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Words are runs of characters that are not whitespace. */
    static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** At most {@code max} characters of {@code text}, for a reason that quotes it. */
    static String quote(String text, int max) {
        if (text == null) {
            return "null";
        }
        return text.length() <= max ? "'" + text + "'" : "'" + text.substring(0, max) + "...' (" + text.length() + " chars)";
    }
}
