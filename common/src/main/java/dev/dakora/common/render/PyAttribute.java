package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstBracket;
import jinjava.de.odysseus.el.tree.impl.ast.AstDot;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.PropertyNotFoundException;

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

        @Override
        public Object eval(Bindings bindings, ELContext context) {
            return read(prefix.eval(bindings, context), getProperty(bindings, context), context);
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
            return null;
        }
        context.setPropertyResolved(false);
        Object result = context.getELResolver().getValue(context, base, property);
        if (!context.isPropertyResolved()) {
            throw new PropertyNotFoundException("no property '" + property + "' on this value");
        }
        return result;
    }

    private static Object missing(Object base, Object name) {
        if (base == null && JinjavaInterpreter.getCurrent() instanceof SandboxedInterpreter sandboxed && sandboxed.isLenient()) {
            return Undefined.INSTANCE;
        }
        throw PyFailure.undefined((base == null ? "'None'" : "an undefined value") + " has no attribute '"
                + PyValues.str(name) + "'");
    }
}
