package dev.dakora.common.render;

import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstRightValue;
import jinjava.javax.el.ELContext;

/**
 * The value a method is called on ({@code x} in {@code x.name()}): None or an undefined value has no
 * methods, so the call fails as Jinja2's strict undefined does, even inside {@code is defined}.
 */
final class AstCallBase extends AstRightValue {

    private final AstNode operand;
    private final String method;

    AstCallBase(AstNode operand, String method) {
        this.operand = operand;
        this.method = method;
    }

    @Override
    public Object eval(Bindings bindings, ELContext context) {
        Object base = operand.eval(bindings, context);
        if (base == null || base instanceof Undefined) {
            throw PyFailure.undefined((base == null ? "'None'" : "an undefined value") + " has no attribute '"
                    + method + "'");
        }
        return base;
    }

    @Override
    public void appendStructure(StringBuilder builder, Bindings bindings) {
        operand.appendStructure(builder, bindings);
    }

    @Override
    public int getCardinality() {
        return 1;
    }

    @Override
    public AstNode getChild(int i) {
        return i == 0 ? operand : null;
    }
}
