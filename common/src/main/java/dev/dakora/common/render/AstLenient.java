package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstRightValue;
import jinjava.javax.el.ELContext;

/**
 * The operand of {@code is defined}, {@code is undefined} or a {@code default} filter: inside it, a
 * missing name, key, index or attribute is {@link Undefined#INSTANCE} instead of a render error,
 * so {@code o['missing'] is defined} is false as in Jinja2.
 */
final class AstLenient extends AstRightValue {

    private final AstNode operand;

    AstLenient(AstNode operand) {
        this.operand = operand;
    }

    @Override
    public Object eval(Bindings bindings, ELContext context) {
        if (!(JinjavaInterpreter.getCurrent() instanceof SandboxedInterpreter sandboxed)) {
            return operand.eval(bindings, context);
        }
        sandboxed.enterLenient();
        try {
            return operand.eval(bindings, context);
        } finally {
            sandboxed.exitLenient();
        }
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
