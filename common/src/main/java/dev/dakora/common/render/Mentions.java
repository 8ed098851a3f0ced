package dev.dakora.common.render;

import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TextNode;

import java.util.List;

/**
 * Whether a macro's body mentions a name ({@code varargs}, {@code kwargs}, {@code caller}), which
 * Jinja2 decides from the body's source: the name as a whole word anywhere outside plain text.
 */
final class Mentions {

    private Mentions() {
    }

    /** Whether {@code name} appears as a whole word in an expression or tag of {@code nodes}, at any depth. */
    static boolean in(List<Node> nodes, String name) {
        for (Node node : nodes) {
            if (!(node instanceof TextNode) && (inText(node.getMaster().getImage(), name) || in(node.getChildren(), name))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inText(String text, String name) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            int end = i + name.length();
            if ((i == 0 || !isWordChar(text.charAt(i - 1))) && (end == text.length() || !isWordChar(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
