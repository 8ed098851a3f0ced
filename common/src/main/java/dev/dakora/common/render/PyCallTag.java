package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.tag.Tag;
import com.hubspot.jinjava.tree.TagNode;

/**
 * Jinja2's {@code {% call(params) macro(args) %}body{% endcall %}}: the macro is called with the body
 * available as {@code caller}, itself a macro taking the optional parameters.
 */
final class PyCallTag implements Tag {

    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return "call";
    }

    @Override
    public String interpret(TagNode tagNode, JinjavaInterpreter interpreter) {
        String helpers = tagNode.getHelpers().strip();
        MacroSignature signature = MacroSignature.NONE;
        if (helpers.startsWith("(")) {
            int close = closingParen(helpers);
            signature = MacroSignature.parse(helpers.substring(1, close));
            helpers = helpers.substring(close + 1).strip();
        }
        if (helpers.isEmpty()) {
            throw PyFailure.error("call expects a macro call, as in '{% call m() %}'");
        }
        try (JinjavaInterpreter.InterpreterScopeClosable scope = interpreter.enterNonStackingScope()) {
            interpreter.getContext().addGlobalMacro(new PyMacro(tagNode.getChildren(), "caller", signature, true,
                    interpreter.getContext(), tagNode.getLineNumber(), tagNode.getStartPosition()));
            Object result = interpreter.resolveELExpression(helpers, tagNode.getLineNumber());
            return result instanceof String s ? s : PyValues.str(result);
        }
    }

    private static int closingParen(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                depth++;
            } else if (s.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        throw PyFailure.error("unclosed '(' in '" + s + "'");
    }
}
