package dev.dakora.common.render;

import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;

import java.util.List;

/**
 * Parse-time checks of tag syntax Jinja2 refuses and Jinjava lets through: assignment targets of
 * {@code set} and {@code for} (names, a tuple of names, or {@code namespace.attribute} for set), and
 * the branches of {@code if} and {@code for} (nothing may follow {@code else}).
 */
final class StatementCheck {

    private StatementCheck() {
    }

    /** The problem with {@code tag}, or null when Jinja2 accepts it. */
    static String problem(TagNode tag) {
        return switch (tag.getName()) {
            case "set" -> setProblem(tag.getHelpers().strip());
            case "for" -> forProblem(tag);
            case "if" -> branches(tag, "endif");
            default -> null;
        };
    }

    private static String setProblem(String helpers) {
        String targets = setTargets(helpers);
        if (targets.length() < helpers.length() && assignment(helpers, targets.length() + 1) >= 0) {
            return "expected the end of the set tag, got a second '='";
        }
        return targets(targets, true);
    }

    private static int assignment(String s, int from) {
        return TopLevel.indexOf(s, from, i -> s.charAt(i) == '=' && (i + 1 >= s.length() || s.charAt(i + 1) != '=')
                && (i == 0 || "=!<>".indexOf(s.charAt(i - 1)) < 0));
    }

    private static String forProblem(TagNode tag) {
        String helpers = tag.getHelpers().strip();
        int in = TopLevel.indexOf(helpers, 0, i -> helpers.startsWith(" in ", i - 1) && i > 0);
        String problem = in < 0 ? null : targets(helpers.substring(0, in), false);
        return problem != null ? problem : branches(tag, "endfor");
    }

    private static String setTargets(String helpers) {
        int equals = assignment(helpers, 0);
        String targets = equals < 0 ? helpers : helpers.substring(0, equals);
        int filter = TopLevel.indexOf(targets, 0, i -> targets.charAt(i) == '|');
        return filter < 0 || equals >= 0 ? targets : targets.substring(0, filter);
    }

    /** Null when {@code text} is one target or a tuple of names Jinja2 can assign to. */
    private static String targets(String text, boolean attribute) {
        String list = text.strip();
        if (list.startsWith("(") && list.endsWith(")")) {
            list = list.substring(1, list.length() - 1).strip();
        }
        List<String> parts = WithTag.splitTopLevel(list);
        if (parts.isEmpty() || list.endsWith(",") && parts.size() == 1 && !text.strip().startsWith("(")) {
            return "can't assign to '" + text.strip() + "'";
        }
        for (String part : parts) {
            String target = part.strip();
            int dot = target.indexOf('.');
            boolean valid = dot < 0 ? MacroSignature.isName(target)
                    : attribute && parts.size() == 1 && MacroSignature.isName(target.substring(0, dot))
                    && MacroSignature.isName(target.substring(dot + 1));
            if (!valid) {
                return "can't assign to '" + target + "'";
            }
        }
        return null;
    }

    /** Null unless an {@code else} branch is followed by another {@code else} or {@code elif}. */
    private static String branches(TagNode tag, String end) {
        boolean sawElse = false;
        for (Node child : tag.getChildren()) {
            if (child instanceof TagNode branch && (branch.getName().equals("else") || branch.getName().equals("elif"))) {
                if (sawElse) {
                    return "unknown tag '" + branch.getName() + "': expected '" + end + "'";
                }
                sawElse = branch.getName().equals("else");
            }
        }
        return null;
    }
}
