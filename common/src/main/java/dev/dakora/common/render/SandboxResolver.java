package dev.dakora.common.render;

import com.hubspot.jinjava.el.ext.AbstractCallableMethod;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.exptest.ExpTest;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.objects.SafeString;
import com.hubspot.jinjava.util.ForLoop;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.ELResolver;
import jinjava.javax.el.MethodNotFoundException;
import jinjava.javax.el.PropertyNotFoundException;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
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
final class SandboxResolver extends ELResolver {

    private static final Set<String> FOR_LOOP_PROPERTIES = Set.of("index", "index0", "revindex", "revindex0",
            "first", "last", "length", "depth", "depth0", "counter", "revcounter", "cycle", "previtem", "nextitem",
            "changed");

    private static final Pattern INDEX = Pattern.compile("-?\\d+");

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base == null || property == null) {
            return null;
        }
        String name = property.toString();
        switch (base) {
            case ForLoop loop -> {
                if (!FOR_LOOP_PROPERTIES.contains(name)) {
                    throw undefinedAttribute(context, "loop", name);
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
                return undefined(context, "dict", name);
            }
            case Map<?, ?> map -> {
                return null;
            }
            case GroupFilters.GroupTuple group when group.attribute(name) != Undefined.INSTANCE -> {
                context.setPropertyResolved(true);
                return group.attribute(name);
            }
            case List<?> list when INDEX.matcher(name).matches() -> {
                long index = Long.parseLong(name);
                return index < list.size() && index >= -list.size() ? null : undefined(context, "list", name);
            }
            case List<?> list -> {
                return PyMethods.isMethod(base, name) ? null : undefined(context, "list", name);
            }
            case CharSequence s when INDEX.matcher(name).matches() -> {
                return character(context, s.toString(), name);
            }
            case CharSequence s -> {
                return PyMethods.isMethod(base, name) ? null : undefined(context, "str", name);
            }
            case SafeString s -> {
                return PyMethods.isMethod(base, name) ? null : undefined(context, "str", name);
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
                return PyMethods.isMethod(base, name) ? null : undefined(context, PyNumbers.isInt(n) ? "int" : "float", name);
            }
            case Boolean b -> {
                return PyMethods.isMethod(base, name) ? null : undefined(context, "bool", name);
            }
            case TemplateReference self -> {
                return self.hasBlock(name) ? null : undefined(context, "TemplateReference", name);
            }
            case PyMacro macro -> {
                Object value = macro.attribute(name);
                if (value == null) {
                    return undefined(context, "Macro", name);
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
            default -> throw closed(base, name);
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

    /** Python's {@code text[i]}: the i-th character (counted from the end when negative), else undefined. */
    private static Object character(ELContext context, String text, String name) {
        long index = Long.parseLong(name);
        int length = text.codePointCount(0, text.length());
        if (index >= length || index < -length) {
            return undefined(context, "str", name);
        }
        int offset = text.offsetByCodePoints(0, (int) (index < 0 ? index + length : index));
        context.setPropertyResolved(true);
        return Character.toString(text.codePointAt(offset));
    }

    private static Object undefined(ELContext context, String type, String name) {
        JinjavaInterpreter current = JinjavaInterpreter.getCurrent();
        if (current instanceof SandboxedInterpreter sandboxed && sandboxed.isAskedAbout(name)) {
            context.setPropertyResolved(true);
            return Undefined.INSTANCE;
        }
        throw undefinedAttribute(context, type, name);
    }

    private static RuntimeException undefinedAttribute(ELContext context, String type, String name) {
        String problem = INDEX.matcher(name).matches() ? "has no element " + name : "has no attribute '" + name + "'";
        RenderException cause = new RenderException(RenderException.Kind.UNDEFINED, "'" + type + "' object " + problem);
        if (JinjavaInterpreter.getCurrent() instanceof SandboxedInterpreter sandboxed) {
            cause = new RenderException(cause.kind(), cause.getMessage(), sandboxed.getLineNumber(), null);
            sandboxed.state().fail(cause);
        }
        return new PropertyNotFoundException(cause.getMessage());
    }

    private static RuntimeException closed(Object base, String name) {
        String message = "attribute '" + name + "' is not available on this value";
        if (JinjavaInterpreter.getCurrent() instanceof SandboxedInterpreter sandboxed) {
            sandboxed.state().fail(new RenderException(RenderException.Kind.FAILED, message, sandboxed.getLineNumber(), null));
        }
        return new PropertyNotFoundException(message);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        throw new PropertyNotFoundException("templates cannot change values");
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return Object.class;
    }
}
