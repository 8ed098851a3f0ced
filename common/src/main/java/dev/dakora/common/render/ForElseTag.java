package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.tag.ForTag;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;
import com.hubspot.jinjava.tree.parse.TagToken;
import com.hubspot.jinjava.util.ObjectIterator;
import org.apache.commons.lang3.tuple.Pair;

import java.util.LinkedList;
import java.util.List;

/**
 * Jinjava's {@code for} tag plus Jinja2's {@code {% for %}...{% else %}...{% endfor %}}: the else
 * part renders only when the loop runs zero times (Jinjava alone renders it after every iteration).
 */
final class ForElseTag extends ForTag {

    private static final long serialVersionUID = 1L;

    @Override
    public String interpretUnchecked(TagNode tagNode, JinjavaInterpreter interpreter) {
        List<Node> children = tagNode.getChildren();
        int elseAt = elseIndex(children);
        if (elseAt < 0) {
            return super.interpretUnchecked(tagNode, interpreter);
        }
        Pair<List<String>, String> loop = getLoopVarsAndExpression((TagToken) tagNode.getMaster());
        Object collection = interpreter.resolveELExpression(loop.getRight(), tagNode.getLineNumber());
        if (!ObjectIterator.getLoop(collection).hasNext()) {
            StringBuilder out = new StringBuilder();
            for (Node node : children.subList(elseAt + 1, children.size())) {
                out.append(node.render(interpreter).getValue());
            }
            return out.toString();
        }
        TagNode body = new TagNode(this, (TagToken) tagNode.getMaster(), tagNode.getMaster().getSymbols());
        body.setChildren(new LinkedList<>(children.subList(0, elseAt)));
        return renderForCollection(body, interpreter, loop.getLeft(), collection);
    }

    private static int elseIndex(List<Node> children) {
        int i = 0;
        for (Node child : children) {
            if (child instanceof TagNode tag && "else".equals(tag.getTag().getName())) {
                return i;
            }
            i++;
        }
        return -1;
    }
}
