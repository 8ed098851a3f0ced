package dev.dakora.common.render;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the names an expression reads from its context: identifiers that are not attributes
 * ({@code a.b}), filter or test names ({@code x|upper}, {@code n is odd}), keyword argument names
 * ({@code f(key=v)}), keywords or literals.
 */
final class ExpressionNames {

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "is", "if", "else",
            "true", "false", "none", "True", "False", "None");

    private ExpressionNames() {
    }

    /** Calls {@code read} with each name {@code expression} reads; {@code filterFirst} when it starts with a filter name. */
    static void reads(String expression, boolean filterFirst, Consumer<String> read) {
        String s = expression == null ? "" : expression;
        char previous = filterFirst ? '|' : 0;
        String previousWord = null;
        int depth = 0;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                i = stringEnd(s, i);
                previous = 'v';
                previousWord = null;
            } else if (Character.isDigit(c)) {
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.')) {
                    i++;
                }
                previous = 'v';
                previousWord = null;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) {
                    end++;
                }
                String word = s.substring(i, end);
                boolean testName = "is".equals(previousWord) || ("not".equals(previousWord) && previous == 'n');
                if (previous != '.' && previous != '|' && !testName && !KEYWORDS.contains(word)
                        && !(depth > 0 && isKeywordArgument(s, end))) {
                    read.accept(word);
                }
                previous = "not".equals(word) && "is".equals(previousWord) ? 'n' : 'w';
                previousWord = word;
                i = end;
            } else {
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    depth--;
                }
                previous = c;
                previousWord = null;
                i++;
            }
        }
    }

    private static boolean isKeywordArgument(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i < s.length() && s.charAt(i) == '=' && (i + 1 >= s.length() || s.charAt(i + 1) != '=');
    }

    private static int stringEnd(String s, int open) {
        char quote = s.charAt(open);
        for (int i = open + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == quote) {
                return i + 1;
            }
        }
        return s.length();
    }
}
