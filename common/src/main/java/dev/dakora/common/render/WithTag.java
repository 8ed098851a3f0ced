package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.tag.Tag;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jinja2's {@code {% with a = 1, b = x %}...{% endwith %}}: names set for the body only. */
final class WithTag implements Tag {

    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return "with";
    }

    @Override
    public String interpret(TagNode tagNode, JinjavaInterpreter interpreter) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String assignment : splitTopLevel(tagNode.getHelpers())) {
            int equals = assignment.indexOf('=');
            String name = equals < 0 ? "" : assignment.substring(0, equals).strip();
            if (name.isEmpty() || !name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
                throw new IllegalArgumentException("with expects 'name = value' assignments, got '" + assignment.strip() + "'");
            }
            values.put(name, interpreter.resolveELExpression(assignment.substring(equals + 1), tagNode.getLineNumber()));
        }
        try (JinjavaInterpreter.InterpreterScopeClosable scope = interpreter.enterScope()) {
            values.forEach(interpreter.getContext()::put);
            StringBuilder out = new StringBuilder();
            for (Node node : tagNode.getChildren()) {
                out.append(node.render(interpreter).getValue());
            }
            return out.toString();
        }
    }

    /** Splits at commas outside quotes and brackets. */
    static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int comma = TopLevel.indexOf(s, 0, i -> s.charAt(i) == ','); comma >= 0;
                comma = TopLevel.indexOf(s, start, i -> s.charAt(i) == ',')) {
            parts.add(s.substring(start, comma));
            start = comma + 1;
        }
        if (!s.substring(start).isBlank()) {
            parts.add(s.substring(start));
        }
        return parts;
    }
}
