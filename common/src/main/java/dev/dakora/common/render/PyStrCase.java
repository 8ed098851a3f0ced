package dev.dakora.common.render;

import java.util.Locale;

/**
 * Python's {@code str} case methods ({@code upper}, {@code title}, {@code swapcase}, ...) and the
 * predicates on a string's characters ({@code isdigit}, {@code isupper}, {@code isidentifier}, ...),
 * none of which take arguments.
 */
final class PyStrCase {

    private PyStrCase() {
    }

    static Object call(String s, String name) {
        return switch (name) {
            case "upper" -> s.toUpperCase(Locale.ROOT);
            case "lower" -> s.toLowerCase(Locale.ROOT);
            case "casefold" -> s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
            case "swapcase" -> swapcase(s);
            case "title" -> title(s);
            case "capitalize" -> TextFilters.capitalize(s);
            case "isdigit", "isnumeric", "isdecimal" -> !s.isEmpty() && s.codePoints().allMatch(Character::isDigit);
            case "isalpha" -> !s.isEmpty() && s.codePoints().allMatch(Character::isLetter);
            case "isalnum" -> !s.isEmpty() && s.codePoints().allMatch(Character::isLetterOrDigit);
            case "isspace" -> !s.isEmpty() && s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
            case "islower" -> s.codePoints().anyMatch(Character::isLowerCase) && s.equals(s.toLowerCase(Locale.ROOT));
            case "isupper" -> s.codePoints().anyMatch(Character::isUpperCase) && s.equals(s.toUpperCase(Locale.ROOT));
            case "istitle" -> !s.isEmpty() && s.codePoints().anyMatch(Character::isLetter) && s.equals(title(s));
            case "isascii" -> s.chars().allMatch(c -> c < 128);
            case "isidentifier" -> !s.isEmpty() && Character.isUnicodeIdentifierStart(s.codePointAt(0)) | s.charAt(0) == '_'
                    && s.codePoints().allMatch(c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
            default -> throw new IllegalArgumentException("'str' object has no attribute '" + name + "'");
        };
    }

    /** Python's {@code str.title()}: a cased letter after an uncased character starts a word. */
    static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int c = s.codePointAt(i);
            String ch = Character.toString(c);
            out.append(previousCased ? ch.toLowerCase(Locale.ROOT) : Character.isLowerCase(c) || Character.isUpperCase(c)
                    ? Character.toString(Character.toTitleCase(c)) : ch);
            previousCased = Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c);
        }
        return out.toString();
    }

    private static String swapcase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.append(Character.isUpperCase(c) ? Character.toString(c).toLowerCase(Locale.ROOT)
                : Character.isLowerCase(c) ? Character.toString(c).toUpperCase(Locale.ROOT) : Character.toString(c)));
        return out.toString();
    }
}
