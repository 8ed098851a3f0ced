package dev.dakora.common.render;

import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstRightValue;
import jinjava.javax.el.ELContext;

import java.util.List;

/**
 * A chain of comparisons, {@code a < b < c}: true when each neighbouring pair compares true, as in
 * Python; each operand is evaluated once, and evaluation stops at the first false pair.
 */
final class AstComparison extends AstRightValue {

    private final List<AstNode> operands;
    private final List<PyOperator> operators;

    AstComparison(List<AstNode> operands, List<PyOperator> operators) {
        this.operands = List.copyOf(operands);
        this.operators = List.copyOf(operators);
    }

    @Override
    public Object eval(Bindings bindings, ELContext context) {
        Object left = operands.getFirst().eval(bindings, context);
        for (int i = 0; i < operators.size(); i++) {
            Object right = operands.get(i + 1).eval(bindings, context);
            if (!(Boolean) operators.get(i).apply(left, right)) {
                return false;
            }
            left = right;
        }
        return true;
    }

    @Override
    public void appendStructure(StringBuilder builder, Bindings bindings) {
        operands.getFirst().appendStructure(builder, bindings);
        for (int i = 0; i < operators.size(); i++) {
            builder.append(' ').append(operators.get(i)).append(' ');
            operands.get(i + 1).appendStructure(builder, bindings);
        }
    }

    @Override
    public int getCardinality() {
        return operands.size();
    }

    @Override
    public AstNode getChild(int i) {
        return i < operands.size() ? operands.get(i) : null;
    }

    @Override
    public String toString() {
        return "comparison";
    }
}
