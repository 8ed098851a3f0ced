package dev.dakora.common.render;

import com.hubspot.jinjava.el.ext.CollectionMembershipOperator;
import jinjava.de.odysseus.el.tree.impl.Builder;
import jinjava.de.odysseus.el.tree.impl.Scanner;
import jinjava.de.odysseus.el.tree.impl.Scanner.Symbol;
import jinjava.de.odysseus.el.tree.impl.Scanner.Token;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Jinjava's parser with Jinja2's expression grammar, loosest first: inline {@code if}, {@code or},
 * {@code and}, {@code not}, comparisons (chained, {@code in} and {@code not in} among them),
 * then the arithmetic levels ({@link PythonArithmeticParser}), then values with their filters and
 * tests ({@link PythonFilterTestParser}, {@link PythonValueParser}). Every operator has Python's
 * meaning ({@link PyOperator}, {@link PyUnary}).
 */
final class PythonParser extends PythonArithmeticParser {

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
}
