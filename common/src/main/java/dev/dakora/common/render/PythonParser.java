package dev.dakora.common.render;

import com.hubspot.jinjava.el.ext.AbsOperator;
import com.hubspot.jinjava.el.ext.CollectionMembershipOperator;
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

import java.util.ArrayList;
import java.util.List;

/**
 * Jinjava's parser with Jinja2's expression grammar, loosest first: inline {@code if}, {@code or},
 * {@code and}, {@code not}, comparisons (chained, {@code in} and {@code not in} among them),
 * {@code + -}, {@code ~}, {@code * / // %}, {@code **} (left to right, as in Jinja2), unary
 * {@code - +}, then values with their filters and tests ({@link PythonValueParser}). Every
 * operator has Python's meaning ({@link PyOperator}, {@link PyUnary}).
 */
final class PythonParser extends PythonFilterTestParser {

    PythonParser(Builder builder, String input) {
        super(builder, input);
    }

    @Override
    protected AstNode expr(boolean required) throws Scanner.ScanException, ParseException {
        AstNode v = or(required);
        if (v == null || getToken().getSymbol() != Symbol.QUESTION || !"if".equals(getToken().getImage())) {
            return v;
        }
        consumeToken();
        AstNode condition = or(true);
        AstNode otherwise = new AstSilentUndefined();
        if ("else".equals(getToken().getImage())) {
            consumeToken();
            otherwise = expr(true);
        }
        return createAstChoice(condition, v, otherwise);
    }

    @Override
    protected AstNode or(boolean required) throws Scanner.ScanException, ParseException {
        AstNode v = and(required);
        while (v != null && getToken().getSymbol() == Symbol.OR) {
            consumeToken();
            v = binary(v, and(true), PyOperator.OR);
        }
        return v;
    }

    @Override
    protected AstNode and(boolean required) throws Scanner.ScanException, ParseException {
        AstNode v = not(required);
        while (v != null && getToken().getSymbol() == Symbol.AND) {
            consumeToken();
            v = binary(v, not(true), PyOperator.AND);
        }
        return v;
    }

    private AstNode not(boolean required) throws Scanner.ScanException, ParseException {
        if (getToken().getSymbol() == Symbol.NOT) {
            consumeToken();
            return createAstUnary(not(true), PyUnary.NOT);
        }
        return eq(required);
    }

    /** Comparisons, chained as in Python: {@code a < b < c} is {@code a < b and b < c}. */
    @Override
    protected AstNode eq(boolean required) throws Scanner.ScanException, ParseException {
        AstNode first = add(required);
        PyOperator operator = first == null ? null : comparison();
        if (operator == null) {
            return first;
        }
        List<AstNode> operands = new ArrayList<>(List.of(first, add(true)));
        List<PyOperator> operators = new ArrayList<>(List.of(operator));
        while ((operator = comparison()) != null) {
            operators.add(operator);
            operands.add(add(true));
        }
        return operators.size() == 1 ? binary(first, operands.get(1), operators.getFirst())
                : new AstComparison(operands, operators);
    }

    private PyOperator comparison() throws Scanner.ScanException, ParseException {
        Token token = getToken();
        PyOperator operator = switch (token.getSymbol()) {
            case EQ -> PyOperator.EQ;
            case NE -> PyOperator.NE;
            case LT -> PyOperator.LT;
            case LE -> PyOperator.LE;
            case GT -> PyOperator.GT;
            case GE -> PyOperator.GE;
            case EXTENSION -> token == CollectionMembershipOperator.TOKEN ? PyOperator.IN : null;
            case NOT -> "in".equals(lookahead(0).getImage()) ? PyOperator.NOT_IN : null;
            default -> null;
        };
        if (operator == PyOperator.NOT_IN) {
            consumeToken();
        }
        if (operator != null) {
            consumeToken();
        }
        return operator;
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

    private AstNode binary(AstNode left, AstNode right, PyOperator operator) {
        return new AstBinary(left, right, operator);
    }

    @Override
    protected AstUnary createAstUnary(AstNode child, AstUnary.Operator operator) {
        return new AstUnary(child, operator);
    }
}
