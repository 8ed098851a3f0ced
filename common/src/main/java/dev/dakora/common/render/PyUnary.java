package dev.dakora.common.render;

import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstUnary;
import jinjava.javax.el.ELContext;

/** Jinja2's unary operators with Python's meaning: {@code -x}, {@code +x} and {@code not x}. */
enum PyUnary implements AstUnary.Operator {
    NEG("-"), POS("+"), NOT("not ");

    private final String symbol;

    PyUnary(String symbol) {
        this.symbol = symbol;
    }

    @Override
    public Object eval(Bindings bindings, ELContext context, AstNode node) {
        Object value = node.eval(bindings, context);
        return switch (this) {
            case NEG -> PyArithmetic.neg(value);
            case POS -> PyArithmetic.pos(value);
            case NOT -> {
                if (value == Undefined.INSTANCE) {
                    throw PyFailure.undefined("an undefined value was used with 'not'");
                }
                yield !PyValues.truthy(value);
            }
        };
    }

    @Override
    public String toString() {
        return symbol;
    }
}
