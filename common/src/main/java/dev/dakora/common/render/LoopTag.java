package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.tag.ForTag;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;
import com.hubspot.jinjava.tree.parse.TagToken;
import org.apache.commons.lang3.tuple.Pair;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Jinja2's {@code for} tag: {@code else} when nothing was iterated, a filter clause
 * ({@code for x in xs if x}), {@code recursive} loops called as {@code loop(children)}, unpacking
 * ({@code for k, v in pairs}), strings iterated by character, Jinja2's {@code loop} object, and a
 * fresh scope per iteration so a {@code set} in the body never leaks out.
 */
final class LoopTag extends ForTag {

    private static final long serialVersionUID = 1L;

    @Override
    public String interpretUnchecked(TagNode tagNode, JinjavaInterpreter interpreter) {
        Pair<List<String>, String> parts = getLoopVarsAndExpression((TagToken) tagNode.getMaster());
        LoopHeader header = LoopHeader.of(parts.getLeft(), parts.getRight());
        List<Node> children = tagNode.getChildren();
        int elseAt = elseIndex(children);
        List<Node> body = elseAt < 0 ? children : children.subList(0, elseAt);
        Object iterable = interpreter.resolveELExpression(header.iterable(), tagNode.getLineNumber());
        String out = render(header, body, iterable, 0, interpreter);
        if (out != null) {
            return out;
        }
        StringBuilder otherwise = new StringBuilder();
        for (Node node : elseAt < 0 ? List.<Node>of() : children.subList(elseAt + 1, children.size())) {
            otherwise.append(node.render(interpreter).getValue());
        }
        return otherwise.toString();
    }

    /** Renders the body once per item; null when no item passed the filter (the {@code else} case). */
    static String render(LoopHeader header, List<Node> body, Object iterable, int depth, JinjavaInterpreter interpreter) {
        List<Object> items = filter(header, items(iterable), interpreter);
        if (items.isEmpty()) {
            return null;
        }
        LoopState loop = new LoopState(items, depth);
        StringBuilder out = new StringBuilder();
        for (Object item : items) {
            loop.advance();
            try (JinjavaInterpreter.InterpreterScopeClosable scope = interpreter.enterScope()) {
                interpreter.getContext().put("loop", loop);
                if (header.recursive()) {
                    interpreter.getContext().addGlobalMacro(new RecursiveLoopCall(header, body, depth + 1));
                }
                bind(header.targets(), item, interpreter);
                for (Node node : body) {
                    out.append(node.render(interpreter).getValue());
                }
            }
            OutputBudget.require(out.length(), "the loop's output");
        }
        return out.toString();
    }

    private static List<Object> filter(LoopHeader header, List<Object> items, JinjavaInterpreter interpreter) {
        if (header.condition() == null) {
            items.forEach(item -> countIteration(interpreter));
            return items;
        }
        List<Object> kept = new ArrayList<>();
        for (Object item : items) {
            countIteration(interpreter);
            try (JinjavaInterpreter.InterpreterScopeClosable scope = interpreter.enterScope()) {
                bind(header.targets(), item, interpreter);
                if (SelectFilters.truthy(interpreter.resolveELExpression(header.condition(), interpreter.getLineNumber()))) {
                    kept.add(item);
                }
            }
        }
        return kept;
    }

    private static void countIteration(JinjavaInterpreter interpreter) {
        if (interpreter instanceof SandboxedInterpreter sandboxed) {
            sandboxed.state().countLoopIteration();
        }
    }

    private static List<Object> items(Object iterable) {
        return switch (iterable) {
            case Map<?, ?> map -> PyValues.list(map);
            case Collection<?> c -> PyValues.list(c);
            case CharSequence s -> PyValues.list(s);
            case com.hubspot.jinjava.objects.SafeString s -> PyValues.list(s.toString());
            case null -> throw new IllegalArgumentException("'NoneType' object is not iterable");
            case Undefined u when u == Undefined.SILENT -> new ArrayList<>();
            case Undefined u -> throw new IllegalArgumentException("an undefined value is not iterable");
            case Number n -> throw new IllegalArgumentException("'" + PyMethods.typeName(n) + "' object is not iterable");
            case Boolean b -> throw new IllegalArgumentException("'bool' object is not iterable");
            default -> {
                List<Object> list = new ArrayList<>();
                com.hubspot.jinjava.util.ObjectIterator.getLoop(iterable).forEachRemaining(list::add);
                yield list;
            }
        };
    }

    private static void bind(List<String> targets, Object item, JinjavaInterpreter interpreter) {
        if (targets.size() == 1) {
            interpreter.getContext().put(targets.getFirst(), item);
            return;
        }
        List<?> values = switch (item) {
            case GroupTuple group -> group.asTuple();
            case Map.Entry<?, ?> entry -> java.util.Arrays.asList(entry.getKey(), entry.getValue());
            case List<?> list -> list;
            case CharSequence s -> PyValues.list(s);
            case null, default -> throw new IllegalArgumentException("cannot unpack non-iterable "
                    + PyMethods.typeName(item) + " object");
        };
        if (values.size() != targets.size()) {
            throw new IllegalArgumentException((values.size() > targets.size() ? "too many" : "not enough")
                    + " values to unpack (expected " + targets.size() + ", got " + values.size() + ")");
        }
        for (int i = 0; i < targets.size(); i++) {
            interpreter.getContext().put(targets.get(i), values.get(i));
        }
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
