package dev.dakora.common.render;

import com.hubspot.jinjava.el.ExtendedSyntaxBuilder;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.tree.ExpressionNode;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.parse.ExpressionToken;
import jinjava.de.odysseus.el.tree.TreeBuilderException;
import jinjava.de.odysseus.el.tree.impl.Builder;

/**
 * Parses every {@code {{ ... }}} of a template tree up front. Jinjava parses expressions only when
 * it evaluates them, so without this a broken expression in an untaken branch would pass validation.
 */
final class ExpressionCheck {

    private static final Builder BUILDER = new ExtendedSyntaxBuilder(
            Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

    private ExpressionCheck() {
    }

    static void check(Node node, SandboxedInterpreter interpreter) {
        if (node instanceof ExpressionNode && node.getMaster() instanceof ExpressionToken token) {
            try {
                BUILDER.build("#{" + token.getExpr().strip() + "}");
            } catch (TreeBuilderException e) {
                interpreter.state().fail(new RenderException(RenderException.Kind.SYNTAX,
                        "syntax error in '" + token.getExpr().strip() + "': " + e.getMessage(),
                        token.getLineNumber(), null));
            }
        }
        for (Node child : node.getChildren()) {
            check(child, interpreter);
        }
    }
}
