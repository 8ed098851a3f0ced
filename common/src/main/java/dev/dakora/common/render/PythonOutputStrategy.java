package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.expression.ExpressionStrategy;
import com.hubspot.jinjava.objects.SafeString;
import com.hubspot.jinjava.tree.output.RenderedOutputNode;
import com.hubspot.jinjava.tree.parse.ExpressionToken;

/**
 * Prints {@code {{ ... }}} as Jinja2 does: Python's {@code str()} of the value, escaped only inside
 * {@code {% autoescape true %}} (safe text excepted), and
 * never interpreted again (a value holding {@code {{ 7*7 }}} prints that text).
 */
final class PythonOutputStrategy implements ExpressionStrategy {

    private static final long serialVersionUID = 1L;

    @Override
    public RenderedOutputNode interpretOutput(ExpressionToken token, JinjavaInterpreter interpreter) {
        Object value = interpreter.resolveELExpression(token.getExpr(), token.getLineNumber());
        if (value == Undefined.INSTANCE && interpreter instanceof SandboxedInterpreter sandboxed) {
            sandboxed.state().fail(new RenderException(RenderException.Kind.UNDEFINED,
                    "undefined value printed by '" + token.getExpr().strip() + "'", token.getLineNumber(), null));
        }
        String text = PyValues.str(value);
        if (interpreter instanceof SandboxedInterpreter sandboxed && sandboxed.isAutoescape()
                && !(value instanceof Markup || value instanceof SafeString)) {
            text = MarkupFilters.escape(text);
        }
        return new RenderedOutputNode(text);
    }
}
