package dev.dakora.common.render;

import com.hubspot.jinjava.el.ext.AbsOperator;
import com.hubspot.jinjava.el.ext.AstFilterChain;
import com.hubspot.jinjava.el.ext.AstTuple;
import com.hubspot.jinjava.el.ext.FilterSpec;
import com.hubspot.jinjava.el.ext.CollectionMembershipOperator;
import com.hubspot.jinjava.el.ext.ExtendedParser;
import com.hubspot.jinjava.el.ext.NamedParameterOperator;
import com.hubspot.jinjava.el.ext.PowerOfOperator;
import com.hubspot.jinjava.el.ext.StringConcatOperator;
import com.hubspot.jinjava.el.ext.TruncDivOperator;
import dev.dakora.common.value.PyTuple;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.Builder;
import jinjava.de.odysseus.el.tree.impl.Scanner;
import jinjava.de.odysseus.el.tree.impl.Scanner.Symbol;
import jinjava.de.odysseus.el.tree.impl.Scanner.Token;
import jinjava.de.odysseus.el.tree.impl.ast.AstBinary;
import jinjava.de.odysseus.el.tree.impl.ast.AstBracket;
import jinjava.de.odysseus.el.tree.impl.ast.AstDot;
import jinjava.de.odysseus.el.tree.impl.ast.AstIdentifier;
import jinjava.de.odysseus.el.tree.impl.ast.AstMethod;
import jinjava.de.odysseus.el.tree.impl.ast.AstParameters;
import jinjava.de.odysseus.el.tree.impl.ast.AstProperty;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstUnary;
import jinjava.javax.el.ELContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Jinjava's parser with Jinja2's expression grammar, loosest first: inline {@code if}, {@code or},
 * {@code and}, {@code not}, comparisons (chained, {@code in} and {@code not in} among them),
 * {@code + -}, {@code ~}, {@code * / // %}, {@code **} (left to right, as in Jinja2), unary
 * {@code - +}, then values with their filters and tests. Every operator has Python's meaning
 * ({@link PyOperator}, {@link PyUnary}); number literals are Python's ({@link PythonScanner}).
 */
final class PythonParser extends ExtendedParser {

    private static final Set<String> LENIENT_TESTS = Set.of(EXPTEST_PREFIX + "defined", EXPTEST_PREFIX + "undefined");

    PythonParser(Builder builder, String input) {
        super(builder, input);
    }

    @Override
    protected Scanner createScanner(String expression) {
        return new PythonScanner(expression);
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
                return NamedParameterOperator.HANDLER.createAstNode(v, expr(true));
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

    /** A value with its attributes, items, slices ({@code x[a:b:c]}, each part optional) and method calls. */
    @Override
    protected AstNode value() throws Scanner.ScanException, ParseException {
        boolean lvalue = true;
        AstNode v = nonliteral();
        if (v == null) {
            v = literal();
            lvalue = false;
        }
        while (v != null) {
            if (getToken().getSymbol() == Symbol.DOT) {
                consumeToken();
                AstDot dot = createAstDot(v, consumeToken(Symbol.IDENTIFIER).getImage(), lvalue);
                v = getToken().getSymbol() == Symbol.LPAREN ? createAstMethod(dot, params()) : dot;
            } else if (getToken().getSymbol() == Symbol.LBRACK) {
                v = subscript(v, lvalue);
            } else {
                return v;
            }
        }
        return null;
    }

    private AstNode subscript(AstNode base, boolean lvalue) throws Scanner.ScanException, ParseException {
        consumeToken();
        AstNode start = getToken().getSymbol() == Symbol.COLON ? null : expr(true);
        if (getToken().getSymbol() != Symbol.COLON) {
            consumeToken(Symbol.RBRACK);
            AstBracket bracket = createAstBracket(base, start, lvalue, true);
            return getToken().getSymbol() == Symbol.LPAREN ? createAstMethod(bracket, params()) : bracket;
        }
        consumeToken();
        AstNode stop = isSliceEnd() ? null : expr(true);
        AstNode step = null;
        if (getToken().getSymbol() == Symbol.COLON) {
            consumeToken();
            step = isSliceEnd() ? null : expr(true);
        }
        consumeToken(Symbol.RBRACK);
        return new AstSlice(base, start, stop, step);
    }

    private boolean isSliceEnd() {
        return getToken().getSymbol() == Symbol.COLON || getToken().getSymbol() == Symbol.RBRACK;
    }

    /** A name Jinjava keeps for itself is undefined here; {@code filter:} and {@code exptest:} are not syntax. */
    @Override
    protected AstNode nonliteral() throws Scanner.ScanException, ParseException {
        Token token = getToken();
        if (token.getSymbol() == Symbol.IDENTIFIER) {
            if (AstReservedName.NAMES.contains(token.getImage())) {
                consumeToken();
                return new AstReservedName(token.getImage());
            }
            if (("filter".equals(token.getImage()) || "exptest".equals(token.getImage()))
                    && lookahead(0).getSymbol() == Symbol.COLON) {
                fail("a name");
            }
        }
        if (token.getSymbol() == Symbol.LPAREN && lookahead(0).getSymbol() == Symbol.RPAREN) {
            return createAstTuple(params());
        }
        return super.nonliteral();
    }

    @Override
    protected AstDot createAstDot(AstNode base, String property, boolean lvalue) {
        return new PyAttribute.Dot(base, property, lvalue);
    }

    @Override
    protected AstBracket createAstBracket(AstNode base, AstNode property, boolean lvalue, boolean strict) {
        return new PyAttribute.Bracket(base, property, lvalue, strict);
    }

    /** The operand of {@code is defined} / {@code is undefined} may be missing without failing the render. */
    @Override
    protected AstMethod createAstMethod(AstProperty property, AstParameters params) {
        if (property.getChild(0) instanceof AstIdentifier test && LENIENT_TESTS.contains(test.getName())) {
            List<AstNode> nodes = new ArrayList<>();
            for (int i = 0; i < params.getCardinality(); i++) {
                nodes.add(i == 0 ? new AstLenient(params.getChild(0)) : params.getChild(i));
            }
            params = createAstParameters(nodes);
        }
        return super.createAstMethod(property, params);
    }

    /** The input of a {@code default} filter may be missing without failing the render. */
    @Override
    protected AstFilterChain createAstFilterChain(AstNode input, List<FilterSpec> filters) {
        String first = filters.getFirst().getName();
        return super.createAstFilterChain("default".equals(first) || "d".equals(first) ? new AstLenient(input) : input, filters);
    }

    /** A list of expressions between {@code left} and {@code right}; a trailing comma is allowed, as in Python. */
    @Override
    protected AstParameters params(Symbol left, Symbol right) throws Scanner.ScanException, ParseException {
        consumeToken(left);
        List<AstNode> nodes = new ArrayList<>();
        AstNode v = expr(false);
        while (v != null) {
            nodes.add(v);
            if (getToken().getSymbol() != Symbol.COMMA) {
                break;
            }
            consumeToken();
            v = expr(false);
        }
        consumeToken(right);
        return createAstParameters(nodes);
    }

    /** {@code (a, b)} makes a Python tuple, printed in parentheses. */
    @Override
    protected AstTuple createAstTuple(AstParameters parameters) {
        return new AstTuple(parameters) {
            @Override
            public Object eval(Bindings bindings, ELContext context) {
                Object[] items = new Object[parameters.getCardinality()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = parameters.getChild(i).eval(bindings, context);
                }
                return PyTuple.of(items);
            }
        };
    }

    @Override
    protected Number parseInteger(String literal) throws ParseException {
        return PythonScanner.parseInteger(literal);
    }

    @Override
    protected Number parseFloat(String literal) throws ParseException {
        return Double.valueOf(literal.replace("_", ""));
    }

    private AstNode binary(AstNode left, AstNode right, PyOperator operator) {
        return new AstBinary(left, right, operator);
    }

    @Override
    protected AstUnary createAstUnary(AstNode child, AstUnary.Operator operator) {
        return new AstUnary(child, operator);
    }
}
