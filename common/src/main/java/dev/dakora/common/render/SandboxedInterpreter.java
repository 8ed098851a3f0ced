package dev.dakora.common.render;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.util.ScopeMap;


/**
 * A Jinjava interpreter for one render: an undeclared name fails the render (Jinja2's
 * {@code StrictUndefined}) unless it is the operand of {@code is defined} or {@code default}
 * ({@link AstLenient}), and every loop iteration counts against the render's limits.
 */
final class SandboxedInterpreter extends JinjavaInterpreter {

    private final RenderState state;
    private int lenient;
    private boolean autoescape;
    private TemplateReference self;

    SandboxedInterpreter(Jinjava application, Context context, JinjavaConfig config, RenderState state) {
        super(application, context, config);
        this.state = state;
    }

    SandboxedInterpreter(JinjavaInterpreter parent, RenderState state) {
        super(parent);
        this.state = state;
    }

    RenderState state() {
        return state;
    }

    /** Whether an undeclared {@code name} is undefined here instead of failing the render. */
    boolean isAskedAbout(String name) {
        return lenient > 0;
    }

    /** Whether the expression being evaluated is the operand of {@code is defined} or {@code default}. */
    boolean isLenient() {
        return lenient > 0;
    }

    void enterLenient() {
        lenient++;
    }

    void exitLenient() {
        lenient--;
    }

    /** Makes {@code self} refer to the template being rendered. */
    void setTemplate(Node root) {
        self = new TemplateReference(root);
    }

    /** Whether {@code {{ ... }}} output is HTML-escaped here ({@code {% autoescape true %}}). */
    boolean isAutoescape() {
        return autoescape;
    }

    /** Sets autoescaping; returns the previous setting, to restore after the block. */
    boolean setAutoescape(boolean on) {
        boolean previous = autoescape;
        autoescape = on;
        return previous;
    }

    @Override
    public Object retraceVariable(String variable, int lineNumber, int startPosition) {
        Object value = super.retraceVariable(variable, lineNumber, startPosition);
        if (value != null || isBound(getContext(), variable)) {
            return value;
        }
        switch (variable) {
            case "None", "none":
                return null;
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            default:
                break;
        }
        if ("self".equals(variable) && self != null) {
            return self;
        }
        MacroFunction macro = getContext().getGlobalMacro(variable);
        if (macro != null) {
            return macro;
        }
        if (isAskedAbout(variable)) {
            return Undefined.INSTANCE;
        }
        state.fail(new RenderException(RenderException.Kind.UNDEFINED,
                "undefined variable '" + variable + "'", Math.max(lineNumber, getLineNumber()), null));
        return null;
    }

    @Override
    public void addError(TemplateError error) {
        super.addError(error);
        TemplateErrors.toFailure(error, (int) getConfig().getMaxOutputSize()).ifPresent(state::fail);
    }

    @Override
    public Object wrap(Object object) {
        state.countLoopIteration();
        return super.wrap(object);
    }

    private static boolean isBound(ScopeMap<String, Object> scope, String name) {
        for (ScopeMap<String, Object> s = scope; s != null; s = s.getParent()) {
            if (s.getScope().containsKey(name)) {
                return true;
            }
        }
        return false;
    }
}
