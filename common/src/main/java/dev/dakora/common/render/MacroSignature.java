package dev.dakora.common.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A macro's or call block's parameters, {@code a, b=expr}: names in order and each default's
 * expression (null when there is none), evaluated at call time as in Jinja2.
 */
record MacroSignature(List<String> names, List<String> defaults) {

    static final MacroSignature NONE = new MacroSignature(List.of(), List.of());

    /** Parses the text between the parentheses; fails the render on a malformed list. */
    static MacroSignature parse(String text) {
        List<String> names = new ArrayList<>();
        List<String> defaults = new ArrayList<>();
        for (String part : WithTag.splitTopLevel(text)) {
            int equals = TopLevel.indexOf(part, 0, i -> part.charAt(i) == '=' && !isComparison(part, i));
            String name = (equals < 0 ? part : part.substring(0, equals)).strip();
            if (!isName(name) || names.contains(name)) {
                throw PyFailure.error((names.contains(name) ? "duplicate" : "invalid")
                        + " parameter '" + name + "' in '(" + text.strip() + ")'");
            }
            String fallback = equals < 0 ? null : part.substring(equals + 1).strip();
            if (fallback == null && !defaults.isEmpty() && defaults.getLast() != null) {
                throw PyFailure.error("non-default argument '" + name + "' follows default argument");
            }
            if (fallback != null && fallback.isEmpty()) {
                throw PyFailure.error("parameter '" + name + "' has an empty default");
            }
            names.add(name);
            defaults.add(fallback);
        }
        return new MacroSignature(List.copyOf(names), java.util.Collections.unmodifiableList(defaults));
    }

    static boolean isName(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        return s.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }

    private static boolean isComparison(String s, int i) {
        return (i + 1 < s.length() && s.charAt(i + 1) == '=') || (i > 0 && "=!<>".indexOf(s.charAt(i - 1)) >= 0);
    }
}
