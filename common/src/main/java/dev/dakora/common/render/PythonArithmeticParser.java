package dev.dakora.common.render;

import com.hubspot.jinjava.el.ext.AbsOperator;
import com.hubspot.jinjava.el.ext.NamedParameterOperator;
import com.hubspot.jinjava.el.ext.PowerOfOperator;
import com.hubspot.jinjava.el.ext.StringConcatOperator;
import com.hubspot.jinjava.el.ext.TruncDivOperator;
import jinjava.de.odysseus.el.tree.impl.Builder;
import jinjava.de.odysseus.el.tree.impl.Scanner;
import jinjava.de.odysseus.el.tree.impl.Scanner.Symbol;
import jinjava.de.odysseus.el.tree.impl.Scanner.Token;
import jinjava.de.odysseus.el.tree.impl.ast.AstBinary;
import jinjava.de.odysseus.el.tree.impl.ast.AstIdentifier;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstUnary;

/**
 * The arithmetic levels of {@link PythonParser}, loosest first: {@code + -} (and a call's
 * {@code name=value}), {@code ~}, {@code * / // %}, {@code **} (left to right, as in Jinja2), unary
 * {@code - +}; each operator has Python's meaning ({@link PyOperator}, {@link PyUnary}).
 */
abstract class PythonArithmeticParser extends PythonFilterTestParser {

    PythonArithmeticParser(Builder builder, String input) {
        super(builder, input);
    }

    /** {@code + -}; also a keyword argument's {@code name=value} inside a call. */
    @Override
    protected AstNode add(boolean required) throws Scanner.ScanException, ParseException {
        AstNode v = concat(required);
        while (v != null) {
            Token token = getToken();
            if (token.getSymbol() == Symbol.PLUS || token == AbsOperator.TOKEN) {
                consumeToken();
                v = binary(v, concat(true), PyOperator.ADD);
            } else if (token.getSymbol() == Symbol.MINUS) {
                consumeToken();
                v = binary(v, concat(true), PyOperator.SUB);
            } else if (token == NamedParameterOperator.TOKEN) {
                consumeToken();
                return v instanceof AstIdentifier name ? new Keyword(name, expr(true))
                        : NamedParameterOperator.HANDLER.createAstNode(v, expr(true));
            } else {
                return v;
            }
        }
        return null;
    }

    private AstNode concat(boolean required) throws Scanner.ScanException, ParseException {
        AstNode v = mul(required);
        while (v != null && getToken() == StringConcatOperator.TOKEN) {
            consumeToken();
            v = binary(v, mul(true), PyOperator.CONCAT);
        }
        return v;
    }

    @Override
    protected AstNode mul(boolean required) throws Scanner.ScanException, ParseException {
        AstNode v = pow(required);
        while (v != null) {
            PyOperator operator = switch (getToken().getSymbol()) {
                case MUL -> PyOperator.MUL;
                case DIV -> PyOperator.DIV;
                case MOD -> PyOperator.MOD;
                case EXTENSION -> getToken() == TruncDivOperator.TOKEN ? PyOperator.FLOOR_DIV : null;
                default -> null;
            };
            if (operator == null) {
                return v;
            }
            consumeToken();
            v = binary(v, pow(true), operator);
        }
        return null;
    }

    private AstNode pow(boolean required) throws Scanner.ScanException, ParseException {
        AstNode v = filter(required);
        while (v != null && getToken() == PowerOfOperator.TOKEN) {
            consumeToken();
            v = binary(v, filter(true), PyOperator.POW);
        }
        return v;
    }

    /** Unary {@code -} and {@code +}; the filters of {@code -x|f} apply to {@code -x}, as in Jinja2. */
    @Override
    protected AstNode unary(boolean required) throws Scanner.ScanException, ParseException {
        Token token = getToken();
        if (token.getSymbol() == Symbol.MINUS) {
            consumeToken();
            return createAstUnary(unary(true), PyUnary.NEG);
        }
        if (token.getSymbol() == Symbol.PLUS || token == AbsOperator.TOKEN) {
            consumeToken();
            return createAstUnary(unary(true), PyUnary.POS);
        }
        AstNode v = token.getSymbol() == Symbol.NOT ? null : value();
        if (v == null && required) {
            fail("an expression");
        }
        return v;
    }

    AstNode binary(AstNode left, AstNode right, PyOperator operator) {
        return new AstBinary(left, right, operator);
    }

    @Override
    protected AstUnary createAstUnary(AstNode child, AstUnary.Operator operator) {
        return new AstUnary(child, operator);
    }
}
