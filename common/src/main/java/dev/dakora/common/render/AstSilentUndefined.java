package dev.dakora.common.render;

import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstRightValue;
import jinjava.javax.el.ELContext;

/** The missing {@code else} of an inline {@code if}: Jinja2's plain undefined, {@link Undefined#SILENT}. */
final class AstSilentUndefined extends AstRightValue {

    @Override
    public Object eval(Bindings bindings, ELContext context) {
        return Undefined.SILENT;
    }

    @Override
    public void appendStructure(StringBuilder builder, Bindings bindings) {
        builder.append("undefined");
    }

    @Override
    public int getCardinality() {
        return 0;
    }

    @Override
    public AstNode getChild(int i) {
        return null;
    }
}
