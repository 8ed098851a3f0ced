package dev.dakora.common.render;

import com.hubspot.jinjava.el.ExtendedSyntaxBuilder;
import com.hubspot.jinjava.el.ext.AbsOperator;
import com.hubspot.jinjava.el.ext.AdditionOperator;
import com.hubspot.jinjava.el.ext.ExtendedParser;
import jinjava.de.odysseus.el.misc.TypeConverter;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.Parser;
import jinjava.de.odysseus.el.tree.impl.Scanner;
import jinjava.de.odysseus.el.tree.impl.ast.AstBinary;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.javax.el.ELContext;

/**
 * Jinjava's expression syntax with Python's meaning for three operators: {@code a and b} gives the
 * deciding operand (not a boolean), {@code a % b} takes the sign of the divisor, and {@code x+1}
 * adds (Jinjava reads {@code +1} as a signed number there and fails).
 */
final class PythonSyntaxBuilder extends ExtendedSyntaxBuilder {

    private static final long serialVersionUID = 1L;

    PythonSyntaxBuilder() {
        super(Feature.METHOD_INVOCATIONS, Feature.VARARGS);
    }

    @Override
    protected Parser createParser(String expression) {
        return new ExtendedParser(this, expression) {
            /** As Jinjava's, but a {@code +} before a digit after an operand is addition ({@code x+1}), not a sign. */
            @Override
            protected AstNode add(boolean required) throws Scanner.ScanException, ParseException {
                AstNode v = mul(required);
                if (v == null) {
                    return null;
                }
                while (true) {
                    Scanner.Token token = getToken();
                    if (token.getSymbol() == Scanner.Symbol.PLUS || token == AbsOperator.TOKEN) {
                        consumeToken();
                        v = createAstBinary(v, mul(true), AdditionOperator.OP);
                    } else if (token.getSymbol() == Scanner.Symbol.MINUS) {
                        consumeToken();
                        v = createAstBinary(v, mul(true), AstBinary.SUB);
                    } else if (token.getSymbol() == Scanner.Symbol.EXTENSION
                            && getExtensionHandler(token).getExtensionPoint() == ExtensionPoint.ADD) {
                        v = getExtensionHandler(consumeToken()).createAstNode(v, mul(true));
                    } else {
                        return v;
                    }
                }
            }

            @Override
            protected AstBinary createAstBinary(AstNode left, AstNode right, AstBinary.Operator operator) {
                if (operator == AstBinary.AND) {
                    return super.createAstBinary(left, right, PythonSyntaxBuilder::and);
                }
                if (operator == AstBinary.MOD) {
                    return super.createAstBinary(left, right, new Modulo());
                }
                return super.createAstBinary(left, right, operator);
            }
        };
    }

    private static Object and(Bindings bindings, ELContext context, AstNode left, AstNode right) {
        Object first = left.eval(bindings, context);
        return bindings.convert(first, Boolean.class) ? right.eval(bindings, context) : first;
    }

    /** Python's {@code %}: whole numbers stay whole; the result has the divisor's sign. */
    private static final class Modulo extends AstBinary.SimpleOperator {

        @Override
        protected Object apply(TypeConverter converter, Object a, Object b) {
            if (a instanceof CharSequence || a instanceof com.hubspot.jinjava.objects.SafeString) {
                return PyPercent.format(a.toString(), b);
            }
            if (PyNumbers.isInt(a) && PyNumbers.isInt(b)) {
                long divisor = ((Number) b).longValue();
                if (divisor == 0) {
                    throw new ArithmeticException("integer modulo by zero");
                }
                return Math.floorMod(((Number) a).longValue(), divisor);
            }
            if (!(a instanceof Number || a instanceof Boolean) || !(b instanceof Number || b instanceof Boolean)) {
                throw new IllegalArgumentException("'%' needs two numbers; use the format filter to format text");
            }
            double x = PyNumbers.toDouble(a);
            double y = PyNumbers.toDouble(b);
            if (y == 0) {
                throw new ArithmeticException("float modulo");
            }
            double r = x % y;
            return r != 0 && (r < 0) != (y < 0) ? r + y : r;
        }

        @Override
        public String toString() {
            return "%";
        }
    }
}
