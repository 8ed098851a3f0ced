package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;
import dev.dakora.common.value.PythonRepr;

/**
 * Jinja2's {@code self} in a template that extends nothing: prints as {@code <TemplateReference None>},
 * and {@code self.name()} renders the template's block of that name again, as deep as macro
 * recursion may go.
 */
final class TemplateReference implements PythonRepr {

    private final Node root;
    private int depth;

    TemplateReference(Node root) {
        this.root = root;
    }

    boolean hasBlock(String name) {
        return find(root, name) != null;
    }

    /** Renders the block {@code name}; fails the render when there is none. */
    String renderBlock(String name, JinjavaInterpreter interpreter) {
        TagNode block = find(root, name);
        if (block == null) {
            throw PyFailure.undefined("there is no block called '" + name + "'");
        }
        if (++depth > interpreter.getConfig().getMaxMacroRecursionDepth()) {
            throw PyFailure.error("block '" + name + "' renders itself more than "
                    + interpreter.getConfig().getMaxMacroRecursionDepth() + " times deep");
        }
        try (JinjavaInterpreter.InterpreterScopeClosable scope = interpreter.enterScope()) {
            StringBuilder out = new StringBuilder();
            for (Node node : block.getChildren()) {
                out.append(node.render(interpreter).getValue());
            }
            return out.toString();
        } finally {
            depth--;
        }
    }

    private static TagNode find(Node node, String name) {
        if (node instanceof TagNode tag && "block".equals(tag.getName()) && BlockTag.name(tag).equals(name)) {
            return tag;
        }
        for (Node child : node.getChildren()) {
            TagNode found = find(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Override
    public void appendRepr(StringBuilder out) {
        out.append("<TemplateReference None>");
    }
}
