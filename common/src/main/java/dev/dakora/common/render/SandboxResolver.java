package dev.dakora.common.render;

import com.hubspot.jinjava.el.ext.AbstractCallableMethod;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.exptest.ExpTest;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.objects.SafeString;
import com.hubspot.jinjava.util.ForLoop;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.MethodNotFoundException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The first resolver for attributes and method calls, and the sandbox: templates reach only the
 * values they were given. Strings, lists and dicts offer Python's methods ({@link PyMethods}); a
 * dict's missing key or any attribute of a scalar is undefined (a render error); Jinjava's own loop,
 * filter, test and macro objects keep their behaviour; every other Java object is closed, so no
 * getClass, reflection or class loading is reachable.
 */
final class SandboxResolver extends ReadOnlyResolver {

    private static final Set<String> FOR_LOOP_PROPERTIES = Set.of("index", "index0", "revindex", "revindex0",
            "first", "last", "length", "depth", "depth0", "counter", "revcounter", "cycle", "previtem", "nextitem",
            "changed");

    static final Pattern INDEX = Pattern.compile("-?\\d+");

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base == null || property == null) {
            return null;
        }
        String name = property.toString();
        switch (base) {
            case ForLoop loop -> {
                if (!FOR_LOOP_PROPERTIES.contains(name)) {
                    throw SandboxMisses.undefinedAttribute(context, "loop", name);
                }
                return null;
            }
            case Map<?, ?> map when property instanceof String -> {
                if (map.containsKey(name)) {
                    context.setPropertyResolved(true);
                    return map.get(name);
                }
                if (PyMethods.isMethod(base, name)) {
                    return null;
                }
                return SandboxMisses.undefined(context, "dict", name);
            }
            case Map<?, ?> map -> {
                return null;
            }
            case GroupTuple group when group.attribute(name) != Undefined.INSTANCE -> {
                context.setPropertyResolved(true);
                return group.attribute(name);
            }
            case List<?> list when INDEX.matcher(name).matches() -> {
                long index = Long.parseLong(name);
                return index < list.size() && index >= -list.size() ? null : SandboxMisses.undefined(context, "list", name);
            }
            case List<?> list -> {
                return PyMethods.isMethod(base, name) ? null : SandboxMisses.undefined(context, "list", name);
            }
            case CharSequence s when INDEX.matcher(name).matches() -> {
                return SandboxMisses.character(context, s.toString(), name);
            }
            case CharSequence s -> {
                return PyMethods.isMethod(base, name) ? null : SandboxMisses.undefined(context, "str", name);
            }
            case SafeString s -> {
                return PyMethods.isMethod(base, name) ? null : SandboxMisses.undefined(context, "str", name);
            }
            case Number n when PyNumberMethods.isAttribute(n, name) -> {
                context.setPropertyResolved(true);
                return PyNumberMethods.attribute(n, name);
            }
            case Boolean b when PyNumberMethods.isAttribute(b, name) -> {
                context.setPropertyResolved(true);
                return PyNumberMethods.attribute(b, name);
            }
            case Number n -> {
                return PyMethods.isMethod(base, name) ? null : SandboxMisses.undefined(context, PyNumbers.isInt(n) ? "int" : "float", name);
            }
            case Boolean b -> {
                return PyMethods.isMethod(base, name) ? null : SandboxMisses.undefined(context, "bool", name);
            }
            case TemplateReference self -> {
                return self.hasBlock(name) ? null : SandboxMisses.undefined(context, "TemplateReference", name);
            }
            case PyMacro macro -> {
                Object value = macro.attribute(name);
                if (value == null) {
                    return SandboxMisses.undefined(context, "Macro", name);
                }
                context.setPropertyResolved(true);
                return value;
            }
            case AbstractCallableMethod m -> {
                return null;
            }
            case Filter f -> {
                return null;
            }
            case ExpTest t -> {
                return null;
            }
            default -> throw SandboxMisses.closed(base, name);
        }
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base instanceof Filter || base instanceof ExpTest || base instanceof AbstractCallableMethod
                || (base instanceof ForLoop && ("cycle".equals(method) || "changed".equals(method)))) {
            return null;
        }
        String name = String.valueOf(method);
        if (base instanceof TemplateReference self && JinjavaInterpreter.getCurrent() != null) {
            context.setPropertyResolved(true);
            return self.renderBlock(name, JinjavaInterpreter.getCurrent());
        }
        if (!PyMethods.isMethod(base, name)) {
            throw new MethodNotFoundException("'" + PyMethods.typeName(base) + "' object has no method '" + name + "'");
        }
        context.setPropertyResolved(true);
        return PyMethods.call(base, name, params == null ? new Object[0] : params);
    }
}
