package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.tag.SetTag;
import com.hubspot.jinjava.objects.Namespace;
import com.hubspot.jinjava.tree.TagNode;

import java.util.List;

/**
 * Jinja2's {@code set}: {@code {% set a, b = value %}} unpacks any iterable of the right length
 * (Python's "not enough" / "too many values to unpack" otherwise), {@code {% set ns.x = v %}}
 * needs a namespace; every other form is Jinjava's own set.
 */
final class PySetTag extends SetTag {

    private static final long serialVersionUID = 1L;

    @Override
    public String interpret(TagNode tagNode, JinjavaInterpreter interpreter) {
        String helpers = tagNode.getHelpers().strip();
        int equals = TopLevel.indexOf(helpers, 0, i -> helpers.charAt(i) == '='
                && (i + 1 >= helpers.length() || helpers.charAt(i + 1) != '=')
                && (i == 0 || "=!<>".indexOf(helpers.charAt(i - 1)) < 0));
        if (equals < 0) {
            return super.interpret(tagNode, interpreter);
        }
        String target = helpers.substring(0, equals).strip();
        if (target.startsWith("(") && target.endsWith(")")) {
            target = target.substring(1, target.length() - 1).strip();
        }
        List<String> names = WithTag.splitTopLevel(target).stream().map(String::strip).toList();
        int dot = target.indexOf('.');
        if (names.size() == 1 && dot > 0) {
            Object base = interpreter.resolveELExpression(target.substring(0, dot), tagNode.getLineNumber());
            if (!(base instanceof Namespace)) {
                throw PyFailure.error("cannot assign attribute on non-namespace object");
            }
            return super.interpret(tagNode, interpreter);
        }
        if (names.size() == 1 && !target.endsWith(",")) {
            return super.interpret(tagNode, interpreter);
        }
        String right = helpers.substring(equals + 1);
        String expression = TopLevel.indexOf(right, 0, i -> right.charAt(i) == ',') >= 0 ? "(" + right + ")" : right;
        Object value = interpreter.resolveELExpression(expression, tagNode.getLineNumber());
        List<Object> values = PyValues.iterable(value);
        if (values.size() < names.size()) {
            throw PyFailure.error("not enough values to unpack (expected " + names.size() + ", got " + values.size() + ")");
        }
        if (values.size() > names.size()) {
            throw PyFailure.error("too many values to unpack (expected " + names.size() + ")");
        }
        for (int i = 0; i < names.size(); i++) {
            interpreter.getContext().put(names.get(i), values.get(i));
        }
        return "";
    }
}
