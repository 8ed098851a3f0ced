package dev.dakora.common.render;

import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstBinary;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.javax.el.ELContext;

/**
 * Jinja2's binary operators with Python's meaning, for the expression parser: arithmetic
 * ({@link PyArithmetic}), comparisons and membership ({@link PyCompare}), {@code ~} joining the
 * operands' {@code str()}, and {@code and}/{@code or} giving the deciding operand.
 */
enum PyOperator implements AstBinary.Operator {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), FLOOR_DIV("//"), MOD("%"), POW("**"), CONCAT("~"),
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), IN("in"), NOT_IN("not in"),
    AND("and"), OR("or");

    private final String symbol;

    PyOperator(String symbol) {
        this.symbol = symbol;
    }

    @Override
    public Object eval(Bindings bindings, ELContext context, AstNode left, AstNode right) {
        Object a = left.eval(bindings, context);
        return switch (this) {
            case AND -> PyValues.truthy(a) ? right.eval(bindings, context) : a;
            case OR -> PyValues.truthy(a) ? a : right.eval(bindings, context);
            default -> apply(a, right.eval(bindings, context));
        };
    }

    /** The operator applied to two evaluated operands ({@code and}/{@code or} included, without short-circuit). */
    Object apply(Object a, Object b) {
        return switch (this) {
            case ADD -> PyArithmetic.add(a, b);
            case SUB -> PyArithmetic.sub(a, b);
            case MUL -> PyArithmetic.mul(a, b);
            case DIV -> PyDivision.div(a, b);
            case FLOOR_DIV -> PyDivision.floorDiv(a, b);
            case MOD -> PyDivision.mod(a, b);
            case POW -> PyDivision.pow(a, b);
            case CONCAT -> concat(a, b);
            case EQ -> PyCompare.eq(a, b);
            case NE -> !PyCompare.eq(a, b);
            case LT, LE, GT, GE -> PyCompare.order(symbol, a, b);
            case IN -> PyMembership.contains(b, a);
            case NOT_IN -> !PyMembership.contains(b, a);
            case AND -> PyValues.truthy(a) ? b : a;
            case OR -> PyValues.truthy(a) ? a : b;
        };
    }

    private static String concat(Object a, Object b) {
        String x = text(a);
        String y = text(b);
        PyFailure.checkSize((long) x.length() + y.length(), "the text");
        return x.concat(y);
    }

    private static String text(Object value) {
        if (value == Undefined.INSTANCE) {
            throw PyFailure.undefined("an undefined value was used with '~'");
        }
        return PyValues.str(value);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
