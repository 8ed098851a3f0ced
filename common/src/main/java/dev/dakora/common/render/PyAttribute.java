package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstBracket;
import jinjava.de.odysseus.el.tree.impl.ast.AstDot;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.javax.el.ELContext;

/**
 * {@code x.name} and {@code x[key]} as Jinja2 reads them: an attribute or item of None or of an
 * undefined value is undefined (a render error, or false for {@code is defined}), and a bool
 * index counts as the int it is.
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
            Object base = prefix.eval(bindings, context);
            return base == null || base instanceof Undefined ? missing(base, property) : super.eval(bindings, context);
        }
    }

    static final class Bracket extends AstBracket {

        Bracket(AstNode base, AstNode property, boolean lvalue, boolean strict) {
            super(base, property, lvalue, strict);
        }

        @Override
        public Object eval(Bindings bindings, ELContext context) {
            Object base = prefix.eval(bindings, context);
            return base == null || base instanceof Undefined ? missing(base, property.eval(bindings, context))
                    : super.eval(bindings, context);
        }

        @Override
        protected Object getProperty(Bindings bindings, ELContext context) {
            Object key = property.eval(bindings, context);
            return key instanceof Boolean b ? (Object) (b ? 1L : 0L) : key;
        }
    }

    private static Object missing(Object base, Object name) {
        if (JinjavaInterpreter.getCurrent() instanceof SandboxedInterpreter sandboxed && sandboxed.isLenient()) {
            return Undefined.INSTANCE;
        }
        throw PyFailure.undefined((base == null ? "'None'" : "an undefined value") + " has no attribute '"
                + PyValues.str(name) + "'");
    }
}
