package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.tag.Tag;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;

/**
 * Jinja2's {@code {% autoescape true %}...{% endautoescape %}}: inside, printed values are
 * HTML-escaped unless marked safe ({@code |safe}, {@code |e}, a macro's output); {@code false}
 * turns it off again.
 */
final class AutoescapeTag implements Tag {

    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return "autoescape";
    }

    @Override
    public String interpret(TagNode tagNode, JinjavaInterpreter interpreter) {
        if (tagNode.getHelpers().isBlank()) {
            throw PyFailure.error("autoescape expects a value, as in '{% autoescape true %}'");
        }
        boolean on = PyValues.truthy(interpreter.resolveELExpression(tagNode.getHelpers(), tagNode.getLineNumber()));
        if (!(interpreter instanceof SandboxedInterpreter sandboxed)) {
            throw PyFailure.error("autoescape needs the sandboxed renderer");
        }
        boolean previous = sandboxed.setAutoescape(on);
        StringBuilder out = new StringBuilder();
        try (JinjavaInterpreter.InterpreterScopeClosable scope = interpreter.enterScope()) {
            for (Node node : tagNode.getChildren()) {
                out.append(node.render(interpreter).getValue());
            }
        } finally {
            sandboxed.setAutoescape(previous);
        }
        return out.toString();
    }
}
