package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.tag.Tag;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;

/** Jinja2's {@code {% filter upper|replace('a', 'b') %}...{% endfilter %}}: the rendered body through the filters. */
final class FilterBlockTag implements Tag {

    private static final long serialVersionUID = 1L;
    private static final String BODY = "__filter_block_body";

    @Override
    public String getName() {
        return "filter";
    }

    @Override
    public String interpret(TagNode tagNode, JinjavaInterpreter interpreter) {
        StringBuilder body = new StringBuilder();
        try (JinjavaInterpreter.InterpreterScopeClosable scope = interpreter.enterScope()) {
            for (Node node : tagNode.getChildren()) {
                body.append(node.render(interpreter).getValue());
            }
        }
        try (JinjavaInterpreter.InterpreterScopeClosable scope = interpreter.enterScope()) {
            interpreter.getContext().put(BODY, body.toString());
            Object filtered = interpreter.resolveELExpression(BODY + "|" + tagNode.getHelpers().strip(),
                    tagNode.getLineNumber());
            return PyValues.str(filtered);
        }
    }
}
