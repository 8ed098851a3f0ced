package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstBracket;
import jinjava.de.odysseus.el.tree.impl.ast.AstDot;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.PropertyNotFoundException;

import java.util.List;
import java.util.Map;

/**
 * {@code x.name} and {@code x[key]} as Jinja2 reads them: an attribute or item of None is undefined
 * (a render error, or false for {@code is defined}), one of an undefined value is always a render
 * error, and a bool index counts as the int it is.
 */
final class PyAttribute {

    private PyAttribute() {
    }

    static final class Dot extends AstDot {

        Dot(AstNode base, String property, boolean lvalue) {
            super(base, property, lvalue);
        }

        @Override
        public Object eval(Bindings bindings, ELContext context) {
            return read(prefix.eval(bindings, context), property, context);
        }
    }

    static final class Bracket extends AstBracket {

        Bracket(AstNode base, AstNode property, boolean lvalue, boolean strict) {
            super(base, property, lvalue, strict);
        }

        /**
         * A text key of a str or list is undefined, as in Jinja2: {@code xs['0']} is not {@code xs[0]}; a
         * dict's other keys are found as Python finds them: {@code {1: 'a'}[1.0]} is {@code 'a'}.
         */
        @Override
        public Object eval(Bindings bindings, ELContext context) {
            Object base = prefix.eval(bindings, context);
            Object key = getProperty(bindings, context);
            if (key instanceof CharSequence && (base instanceof List<?> || base instanceof CharSequence)) {
                return missing(base, key);
            }
            if (base instanceof Map<?, ?> map && key != null && !(key instanceof CharSequence)) {
                Object found = AstPyDict.find(map, key);
                return found == null ? missing(base, key) : map.get(found);
            }
            return read(base, key, context);
        }

        @Override
        protected Object getProperty(Bindings bindings, ELContext context) {
            Object key = property.eval(bindings, context);
            return key instanceof Boolean b ? (Object) (b ? 1L : 0L) : key;
        }
    }

    /** As JUEL's property read, with the base evaluated once; a None or undefined base is undefined. */
    private static Object read(Object base, Object property, ELContext context) {
        if (base == null || base instanceof Undefined) {
            return missing(base, property);
        }
        if (property == null) {
            return missing(base, "None");
        }
        context.setPropertyResolved(false);
        Object result = context.getELResolver().getValue(context, base, property);
        if (!context.isPropertyResolved()) {
            throw new PropertyNotFoundException("no property '" + property + "' on this value");
        }
        return result;
    }

    private static Object missing(Object base, Object name) {
        if (!(base instanceof Undefined) && JinjavaInterpreter.getCurrent() instanceof SandboxedInterpreter sandboxed
                && sandboxed.isLenient()) {
            return Undefined.INSTANCE;
        }
        String what = base == null ? "'None'" : base instanceof Undefined ? "an undefined value"
                : "'" + PyValues.typeName(base) + "' object";
        throw PyFailure.undefined(what + " has no attribute '" + PyValues.str(name) + "'");
    }
}
