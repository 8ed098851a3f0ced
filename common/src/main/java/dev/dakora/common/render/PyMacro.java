package dev.dakora.common.render;

import com.hubspot.jinjava.el.ext.NamedParameter;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import com.hubspot.jinjava.tree.Node;
import dev.dakora.common.value.PyTuple;
import dev.dakora.common.value.PythonRepr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Jinja2 macro: positional then keyword arguments bound to its parameters; extra positional ones
 * go to {@code varargs} (a tuple) and unknown keywords to {@code kwargs} (a dict) only when the body
 * uses those names, else the call fails as in Jinja2; defaults are evaluated at call time, so they
 * may refer to earlier parameters; a parameter left without a value is undefined.
 */
final class PyMacro extends MacroFunction implements PythonRepr {

    private final MacroSignature signature;
    private final boolean catchVarargs;
    private final boolean catchKwargs;

    PyMacro(List<Node> content, String name, MacroSignature signature, boolean caller, Context scope, int line,
            int position) {
        super(content, name, new LinkedHashMap<>(), caller, scope, line, position);
        this.signature = signature;
        this.catchVarargs = Mentions.in(content, "varargs");
        this.catchKwargs = Mentions.in(content, "kwargs");
    }

    @Override
    public List<String> getArguments() {
        return signature.names();
    }

    /** Jinja2's macro attributes: {@code name}, {@code arguments}, {@code catch_kwargs}, {@code catch_varargs}, {@code caller}; null for any other. */
    Object attribute(String attribute) {
        return switch (attribute) {
            case "name" -> isCaller() ? null : getName();
            case "arguments" -> PyTuple.of(signature.names().toArray());
            case "catch_kwargs" -> catchKwargs;
            case "catch_varargs" -> catchVarargs;
            case "caller" -> !isCaller() && Mentions.in(content, "caller");
            default -> null;
        };
    }

    /** Jinja2's {@code <Macro 'name'>}, {@code <Macro anonymous>} for a call block's caller. */
    @Override
    public void appendRepr(StringBuilder out) {
        out.append(isCaller() ? "<Macro anonymous>" : "<Macro '" + getName() + "'>");
    }

    @Override
    public Object evaluate(Object... args) {
        List<String> names = signature.names();
        Map<String, Object> bound = new LinkedHashMap<>();
        Map<String, Object> kwargs = new LinkedHashMap<>();
        List<Object> varargs = new ArrayList<>();
        int position = 0;
        for (Object arg : args) {
            if (arg instanceof NamedParameter) {
                continue;
            }
            if (position < names.size()) {
                bound.put(names.get(position++), arg);
            } else if (catchVarargs) {
                varargs.add(arg);
            } else {
                throw PyFailure.error("macro '" + getName() + "' takes not more than " + names.size() + " argument(s)");
            }
        }
        for (Object arg : args) {
            if (arg instanceof NamedParameter named) {
                bindKeyword(named.getName(), named.getValue(), bound, kwargs);
            }
        }
        Object result = doEvaluate(bound, kwargs, varargs);
        return JinjavaInterpreter.getCurrent() instanceof SandboxedInterpreter sandboxed && sandboxed.isAutoescape()
                ? new Markup(String.valueOf(result)) : result;
    }

    /** A keyword names a parameter not given by position; any other goes to kwargs, if the body uses them. */
    private void bindKeyword(String name, Object value, Map<String, Object> bound, Map<String, Object> kwargs) {
        if (signature.names().contains(name) && !bound.containsKey(name)) {
            bound.put(name, value);
        } else if (catchKwargs) {
            kwargs.put(name, value);
        } else {
            throw PyFailure.error("macro '" + getName() + "' takes no keyword argument '" + name + "'");
        }
    }

    @Override
    public String getEvaluationResult(Map<String, Object> bound, Map<String, Object> kwargs, List<Object> varargs,
                                      JinjavaInterpreter interpreter) {
        interpreter.setLineNumber(definitionLineNumber);
        interpreter.setPosition(definitionStartPosition);
        Context context = interpreter.getContext();
        for (int i = 0; i < signature.names().size(); i++) {
            String name = signature.names().get(i);
            String fallback = signature.defaults().get(i);
            if (bound.containsKey(name)) {
                context.put(name, bound.get(name));
            } else if (fallback != null) {
                context.put(name, interpreter.resolveELExpression(fallback, definitionLineNumber));
            } else {
                context.put(name, Undefined.INSTANCE);
            }
        }
        MacroFunction caller = context.getGlobalMacro("caller");
        if (!isCaller() && caller != null && caller.isCaller()) {
            context.put("caller", caller);
        }
        context.put(KWARGS_KEY, kwargs);
        context.put(VARARGS_KEY, PyTuple.of(varargs.toArray()));
        StringBuilder out = new StringBuilder();
        for (Node node : content) {
            out.append(node.render(interpreter).getValue());
            PyFailure.checkSize(out.length(), "the macro's output");
        }
        return out.toString();
    }
}
