package dev.dakora.common.render;

import com.hubspot.jinjava.el.ext.AstNamedParameter;
import com.hubspot.jinjava.el.ext.AstTuple;
import com.hubspot.jinjava.el.ext.ExtendedParser;
import com.hubspot.jinjava.el.ext.PowerOfOperator;
import dev.dakora.common.value.PyTuple;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.Builder;
import jinjava.de.odysseus.el.tree.impl.Scanner;
import jinjava.de.odysseus.el.tree.impl.Scanner.Symbol;
import jinjava.de.odysseus.el.tree.impl.ast.AstFunction;
import jinjava.de.odysseus.el.tree.impl.ast.AstIdentifier;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstParameters;
import jinjava.javax.el.ELContext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lexical level of {@link PythonParser}: Python's scanner and number literals, tuples, and call
 * arguments in Jinja2's order (positional, keywords, {@code *items}, {@code **mapping}; a trailing
 * comma allowed).
 */
abstract class PythonCallParser extends ExtendedParser {

    PythonCallParser(Builder builder, String input) {
        super(builder, input);
    }

    @Override
    protected Scanner createScanner(String expression) {
        return new PythonScanner(expression);
    }

    /** A call with {@code *items} or {@code **mapping} arguments spreads them ({@link AstSpread.Call}). */
    @Override
    protected AstFunction createAstFunction(String name, int index, AstParameters params) {
        for (int i = 0; i < params.getCardinality(); i++) {
            if (params.getChild(i) instanceof AstSpread) {
                return new AstSpread.Call(name, index, params);
            }
        }
        return super.createAstFunction(name, index, params);
    }

    /** A list of expressions between {@code left} and {@code right}; a trailing comma is allowed, as in Python. */
    @Override
    protected AstParameters params(Symbol left, Symbol right) throws Scanner.ScanException, ParseException {
        consumeToken(left);
        List<AstNode> nodes = new ArrayList<>();
        boolean spread = false;
        AstNode v = left == Symbol.LPAREN ? spreadOrExpr() : expr(false);
        while (v != null) {
            nodes.add(v);
            spread |= v instanceof AstSpread;
            if (getToken().getSymbol() != Symbol.COMMA) {
                break;
            }
            consumeToken();
            v = left == Symbol.LPAREN ? spreadOrExpr() : expr(false);
        }
        consumeToken(right);
        if (left == Symbol.LPAREN) {
            checkCallOrder(nodes);
        }
        return spread ? AstSpread.parameters(nodes) : createAstParameters(nodes);
    }

    /** A call's {@code name=value} argument, knowing its name. */
    static final class Keyword extends AstNamedParameter {

        private final String name;

        Keyword(AstIdentifier name, AstNode value) {
            super(name, value);
            this.name = name.getName();
        }
    }

    /** Jinja2's call syntax: positional arguments, then keywords (each once) and one {@code *items}, then one {@code **mapping}. */
    private void checkCallOrder(List<AstNode> nodes) throws ParseException {
        boolean keyword = false;
        boolean items = false;
        boolean mapping = false;
        Set<String> keywords = new HashSet<>();
        for (AstNode node : nodes) {
            boolean valid;
            if (node instanceof AstSpread spread) {
                valid = spread.keywords() ? !mapping : !items && !mapping;
                items |= !spread.keywords();
                mapping |= spread.keywords();
            } else if (node instanceof AstNamedParameter named) {
                valid = !mapping && (!(named instanceof Keyword k) || keywords.add(k.name));
                keyword = true;
            } else {
                valid = !keyword && !items && !mapping;
            }
            if (!valid) {
                fail("a call's arguments in order: positional, keyword and *items, **mapping");
            }
        }
    }

    /** An argument, or {@code *items} / {@code **mapping} spread into arguments. */
    private AstNode spreadOrExpr() throws Scanner.ScanException, ParseException {
        if (getToken().getSymbol() == Symbol.MUL) {
            consumeToken();
            return new AstSpread(expr(true), false);
        }
        if (getToken() == PowerOfOperator.TOKEN) {
            consumeToken();
            return new AstSpread(expr(true), true);
        }
        return expr(false);
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
}
