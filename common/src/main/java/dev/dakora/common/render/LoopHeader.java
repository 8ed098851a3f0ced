package dev.dakora.common.render;

import java.util.List;

/**
 * The parts of {@code {% for a, b in items if cond recursive %}}: the targets, the iterable's
 * expression, the optional filter condition, and whether the loop may call itself.
 */
record LoopHeader(List<String> targets, String iterable, String condition, boolean recursive) {

    private static final String RECURSIVE = "recursive";

    /** Splits {@code expression} (what follows {@code in}) at a top-level {@code if} and a trailing {@code recursive}. */
    static LoopHeader of(List<String> targets, String expression) {
        String rest = expression.strip();
        boolean recursive = rest.endsWith(RECURSIVE) && (rest.length() == RECURSIVE.length()
                || Character.isWhitespace(rest.charAt(rest.length() - RECURSIVE.length() - 1)));
        if (recursive) {
            rest = rest.substring(0, rest.length() - RECURSIVE.length()).strip();
        }
        int at = topLevelIf(rest);
        String iterable = at < 0 ? rest : rest.substring(0, at).strip();
        String condition = at < 0 ? null : rest.substring(at + 2).strip();
        return new LoopHeader(unparenthesized(targets), iterable, condition, recursive);
    }

    /** {@code (a, b)} names the same targets as {@code a, b}. */
    private static List<String> unparenthesized(List<String> targets) {
        if (targets.isEmpty() || !targets.getFirst().strip().startsWith("(") || !targets.getLast().strip().endsWith(")")) {
            return targets;
        }
        List<String> names = new java.util.ArrayList<>(targets.stream().map(String::strip).toList());
        names.set(0, names.getFirst().substring(1).strip());
        names.set(names.size() - 1, names.getLast().substring(0, names.getLast().length() - 1).strip());
        return List.copyOf(names);
    }

    private static int topLevelIf(String s) {
        return TopLevel.indexOf(s, 0, i -> s.startsWith("if", i) && i > 0 && Character.isWhitespace(s.charAt(i - 1))
                && i + 2 < s.length() && Character.isWhitespace(s.charAt(i + 2)));
    }
}
