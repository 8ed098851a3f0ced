package dev.dakora.common.render;

import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads what the binding tags of a template bind and evaluate, for {@link TemplateVariables}:
 * {@code for} headers, {@code set} statements and blocks, {@code macro} and {@code call}
 * signatures. A malformed part binds nothing (the render reports it).
 */
final class TemplateBindings {

    /** A {@code for} header. */
    record Loop(LoopHeader header) {
    }

    /** A macro's name and parameters, or a call block's parameters and the expression it calls. */
    record Callable(String name, MacroSignature signature) {
    }

    private TemplateBindings() {
    }

    static Loop loop(String helpers) {
        String s = helpers.strip();
        int in = TopLevel.indexOf(s, 0, i -> s.startsWith("in", i) && i > 0 && Character.isWhitespace(s.charAt(i - 1))
                && i + 2 < s.length() && Character.isWhitespace(s.charAt(i + 2)));
        if (in < 0) {
            return new Loop(new LoopHeader(List.of(), s, null, false));
        }
        List<String> targets = Arrays.stream(s.substring(0, in).split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
        return new Loop(LoopHeader.of(targets, s.substring(in + 2)));
    }

    /**
     * {@code {% set a, b = expr %}}, {@code {% set ns.x = expr %}} or {@code {% set a | filter %}...{% endset %}}:
     * evaluates through {@code reads}, {@code filters} and {@code body}, then adds the names it binds to {@code bound}.
     */
    static void set(TagNode tag, Set<String> bound, Consumer<String> reads, Consumer<String> filters,
                    Consumer<List<Node>> body) {
        String helpers = tag.getHelpers().strip();
        int equals = TopLevel.indexOf(helpers, 0, i -> helpers.charAt(i) == '='
                && (i + 1 >= helpers.length() || helpers.charAt(i + 1) != '=')
                && (i == 0 || "=!<>".indexOf(helpers.charAt(i - 1)) < 0));
        if (equals < 0) {
            int bar = helpers.indexOf('|');
            body.accept(tag.getChildren());
            if (bar >= 0) {
                filters.accept(helpers.substring(bar + 1));
            }
            bound.add((bar < 0 ? helpers : helpers.substring(0, bar)).strip());
            return;
        }
        reads.accept(helpers.substring(equals + 1));
        String target = helpers.substring(0, equals).strip();
        if (target.startsWith("(") && target.endsWith(")")) {
            target = target.substring(1, target.length() - 1);
        }
        for (String name : WithTag.splitTopLevel(target)) {
            String stripped = name.strip();
            int dot = stripped.indexOf('.');
            if (dot > 0) {
                reads.accept(stripped.substring(0, dot));
            } else {
                bound.add(stripped);
            }
        }
    }

    static Callable macro(String helpers) {
        String s = helpers.strip();
        int open = s.indexOf('(');
        if (open < 0 || !s.endsWith(")")) {
            return new Callable(s, MacroSignature.NONE);
        }
        return new Callable(s.substring(0, open).strip(), signature(s.substring(open + 1, s.length() - 1)));
    }

    /** The call block's parameters, and the call expression as {@link Callable#name()}. */
    static Callable call(String helpers) {
        String s = helpers.strip();
        if (!s.startsWith("(")) {
            return new Callable(s, MacroSignature.NONE);
        }
        int close = -1;
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            depth += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                close = i;
                break;
            }
        }
        return close < 0 ? new Callable(s, MacroSignature.NONE)
                : new Callable(s.substring(close + 1), signature(s.substring(1, close)));
    }

    private static MacroSignature signature(String text) {
        try {
            return MacroSignature.parse(text);
        } catch (RuntimeException e) {
            return MacroSignature.NONE;
        }
    }
}
