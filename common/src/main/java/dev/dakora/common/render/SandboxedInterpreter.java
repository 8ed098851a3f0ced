package dev.dakora.common.render;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.util.ScopeMap;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Jinjava interpreter for one render: an undeclared name fails the render (Jinja2's
 * {@code StrictUndefined}) unless the expression only asks about it ({@code x is defined},
 * {@code x|default(...)}, or a test such as {@code x is string} that Jinja2's strict undefined passes), and every loop iteration counts against the render's limits.
 */
final class SandboxedInterpreter extends JinjavaInterpreter {

    private static final Pattern ASKS_ABOUT = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_]*)\\s*(?:is\\s+(?:not\\s+)?(?:defined|undefined|callable|escaped|sequence|string|number"
            + "|mapping|none|sameas|boolean|integer|float|true|false)\\b|\\|\\s*default\\b)");

    private final RenderState state;
    private Set<String> askedAbout = Set.of();
    private int lenient;

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

    boolean isAskedAbout(String name) {
        return lenient > 0 || askedAbout.contains(name);
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

    @Override
    public Object resolveELExpression(String expression, int lineNumber) {
        Set<String> outer = askedAbout;
        askedAbout = namesAskedAbout(expression);
        try {
            return super.resolveELExpression(expression, lineNumber);
        } finally {
            askedAbout = outer;
        }
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

    private static Set<String> namesAskedAbout(String expression) {
        if (expression == null || !(expression.contains(" is") || expression.contains("default"))) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        Matcher m = ASKS_ABOUT.matcher(expression);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
