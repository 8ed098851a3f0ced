package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.tag.Tag;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;

/**
 * Jinja2's {@code {% block name %}...{% endblock %}} in a template that extends nothing: the body is
 * rendered where it stands, its assignments kept to itself. A {@code required} block is never filled
 * here, so rendering it fails; names must be unique in a template ({@link ExpressionCheck}).
 */
final class BlockTag implements Tag {

    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return "block";
    }

    @Override
    public String interpret(TagNode tagNode, JinjavaInterpreter interpreter) {
        String name = name(tagNode);
        if (tagNode.getHelpers().strip().endsWith(" required")) {
            throw PyFailure.error("required block '" + name + "' not found");
        }
        StringBuilder out = new StringBuilder();
        try (JinjavaInterpreter.InterpreterScopeClosable scope = interpreter.enterScope()) {
            for (Node node : tagNode.getChildren()) {
                out.append(node.render(interpreter).getValue());
            }
        }
        return out.toString();
    }

    /** The block's name; fails the render unless the tag is {@code name [scoped] [required]}. */
    static String name(TagNode tagNode) {
        String[] words = tagNode.getHelpers().strip().split("\\s+");
        boolean valid = words.length >= 1 && words.length <= 3 && MacroSignature.isName(words[0]);
        for (int i = 1; i < words.length && valid; i++) {
            valid = words[i].equals("scoped") || words[i].equals("required");
        }
        if (!valid) {
            throw PyFailure.error("block expects 'name', 'name scoped' or 'name required', got '"
                    + tagNode.getHelpers().strip() + "'");
        }
        return words[0];
    }
}
