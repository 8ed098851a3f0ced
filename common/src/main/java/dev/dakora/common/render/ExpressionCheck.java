package dev.dakora.common.render;

import com.hubspot.jinjava.tree.ExpressionNode;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;
import com.hubspot.jinjava.tree.parse.ExpressionToken;
import jinjava.de.odysseus.el.tree.TreeBuilderException;
import jinjava.de.odysseus.el.tree.impl.Builder;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a parsed template the way Jinja2's compiler does: every {@code {{ ... }}} must parse and
 * every filter and test a template names must exist, and block names are unique. Jinjava parses expressions only when it
 * evaluates them, so without this a broken expression in an untaken branch would pass validation.
 */
final class ExpressionCheck {

    private static final Builder BUILDER = new PythonSyntaxBuilder();
    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern FILTER = Pattern.compile("(?<!\\|)\\|\\s*([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern TEST = Pattern.compile("\\bis\\s+(?:not\\s+)?([A-Za-z_][A-Za-z0-9_]*)");

    private ExpressionCheck() {
    }

    static void check(Node node, SandboxedInterpreter interpreter) {
        check(node, interpreter, new HashSet<>());
    }

    private static void check(Node node, SandboxedInterpreter interpreter, Set<String> blocks) {
        if (node instanceof TagNode tag && "block".equals(tag.getName()) && !blocks.add(BlockTag.name(tag))) {
            interpreter.state().fail(new RenderException(RenderException.Kind.SYNTAX,
                    "block '" + BlockTag.name(tag) + "' defined twice", tag.getLineNumber(), null));
        }
        if (node instanceof ExpressionNode && node.getMaster() instanceof ExpressionToken token) {
            String expression = token.getExpr().strip();
            interpreter.setLineNumber(token.getLineNumber());
            try {
                BUILDER.build("#{" + expression + "}");
            } catch (TreeBuilderException e) {
                interpreter.state().fail(new RenderException(RenderException.Kind.SYNTAX,
                        "syntax error in '" + expression + "': " + e.getMessage(), token.getLineNumber(), null));
            }
            checkNames(expression, interpreter);
        } else if (node instanceof TagNode tag && !"raw".equals(tag.getName())) {
            interpreter.setLineNumber(tag.getLineNumber());
            String problem = StatementCheck.problem(tag);
            if (problem != null) {
                interpreter.state().fail(new RenderException(RenderException.Kind.SYNTAX, problem, tag.getLineNumber(), null));
            }
            checkNames(tag.getHelpers(), interpreter);
        }
        for (Node child : node.getChildren()) {
            check(child, interpreter, blocks);
        }
    }

    /** Looks up each filter and test the expression names; an unknown one fails the parse. */
    private static void checkNames(String expression, SandboxedInterpreter interpreter) {
        if (expression == null || (expression.indexOf('|') < 0 && !expression.contains("is "))) {
            return;
        }
        String code = STRING_LITERAL.matcher(expression).replaceAll("''");
        Matcher filters = FILTER.matcher(code);
        while (filters.find()) {
            interpreter.getContext().getFilter(filters.group(1));
        }
        Matcher tests = TEST.matcher(code);
        while (tests.find()) {
            interpreter.getContext().getExpTest(tests.group(1));
        }
    }
}
