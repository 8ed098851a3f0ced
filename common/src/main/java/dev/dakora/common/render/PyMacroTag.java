package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.tag.Tag;
import com.hubspot.jinjava.tree.TagNode;

/** Jinja2's {@code {% macro name(a, b=default) %}...{% endmacro %}}, defining a {@link PyMacro}. */
final class PyMacroTag implements Tag {

    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return "macro";
    }

    @Override
    public String interpret(TagNode tagNode, JinjavaInterpreter interpreter) {
        String helpers = tagNode.getHelpers().strip();
        int open = helpers.indexOf('(');
        String name = open < 0 ? helpers : helpers.substring(0, open).strip();
        if (open < 0 || !helpers.endsWith(")") || !MacroSignature.isName(name)) {
            throw PyFailure.error("macro expects 'name(parameters)', got '" + helpers + "'");
        }
        MacroSignature signature = MacroSignature.parse(helpers.substring(open + 1, helpers.length() - 1));
        interpreter.getContext().addGlobalMacro(new PyMacro(tagNode.getChildren(), name, signature, false,
                interpreter.getContext(), tagNode.getLineNumber(), tagNode.getStartPosition()));
        return "";
    }
}
