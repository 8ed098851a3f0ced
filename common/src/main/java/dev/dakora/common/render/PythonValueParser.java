package dev.dakora.common.render;

import com.hubspot.jinjava.el.ext.AstFilterChain;
import com.hubspot.jinjava.el.ext.FilterSpec;
import jinjava.de.odysseus.el.tree.impl.Builder;
import jinjava.de.odysseus.el.tree.impl.Scanner;
import jinjava.de.odysseus.el.tree.impl.Scanner.Symbol;
import jinjava.de.odysseus.el.tree.impl.Scanner.Token;
import jinjava.de.odysseus.el.tree.impl.ast.AstBracket;
import jinjava.de.odysseus.el.tree.impl.ast.AstDot;
import jinjava.de.odysseus.el.tree.impl.ast.AstIdentifier;
import jinjava.de.odysseus.el.tree.impl.ast.AstMethod;
import jinjava.de.odysseus.el.tree.impl.ast.AstNumber;
import jinjava.de.odysseus.el.tree.impl.ast.AstParameters;
import jinjava.de.odysseus.el.tree.impl.ast.AstProperty;
import jinjava.de.odysseus.el.tree.impl.ast.AstString;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The value level of {@link PythonParser}: names, literals (Python's numbers, tuples, trailing
 * commas), attributes and items read as Jinja2 reads them ({@link PyAttribute}), slices
 * ({@link AstSlice}), the names Jinjava keeps for itself ({@link AstReservedName}), and the operands
 * of {@code is defined} and {@code default} that may be missing ({@link AstLenient}). Call arguments and
 * literals' lexical rules are one level down ({@link PythonCallParser}).
 */
abstract class PythonValueParser extends PythonCallParser {

    /** The tests Jinja2 answers on an undefined value without failing (StrictUndefined). */
    private static final Set<String> LENIENT_TESTS = Stream.of("defined", "undefined", "none", "boolean", "false",
            "true", "integer", "float", "string", "mapping", "number", "sequence", "callable", "escaped", "sameas")
            .map(name -> EXPTEST_PREFIX + name).collect(Collectors.toUnmodifiableSet());

    PythonValueParser(Builder builder, String input) {
        super(builder, input);
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
                if (getToken().getSymbol() == Symbol.INTEGER) {
                    v = createAstBracket(v, new AstNumber(parseInteger(consumeToken().getImage())), lvalue, true);
                    continue;
                }
                String name = consumeToken(Symbol.IDENTIFIER).getImage();
                v = getToken().getSymbol() == Symbol.LPAREN
                        ? createAstMethod(createAstDot(new AstCallBase(v, name), name, lvalue), params())
                        : createAstDot(v, name, lvalue);
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

    /** A literal; adjacent string literals are one string, as in Jinja2 ({@code 'a' 'b'} is {@code 'ab'}). */
    @Override
    protected AstNode literal() throws Scanner.ScanException, ParseException {
        AstNode v = super.literal();
        if (v instanceof AstString && getToken().getSymbol() == Symbol.STRING) {
            StringBuilder text = new StringBuilder((String) v.eval(null, null));
            while (getToken().getSymbol() == Symbol.STRING) {
                text.append((String) super.literal().eval(null, null));
            }
            return new AstString(text.toString());
        }
        return v;
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
    protected com.hubspot.jinjava.el.ext.AstDict createAstDict(java.util.Map<AstNode, AstNode> dict) {
        return new AstPyDict(dict);
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
}
