package dev.dakora.common.render;

import jinjava.de.odysseus.el.tree.impl.Builder;
import jinjava.de.odysseus.el.tree.impl.Scanner;
import jinjava.de.odysseus.el.tree.impl.Scanner.Symbol;
import jinjava.de.odysseus.el.tree.impl.Scanner.Token;
import jinjava.de.odysseus.el.tree.impl.ast.AstBracket;
import jinjava.de.odysseus.el.tree.impl.ast.AstNumber;
import jinjava.de.odysseus.el.tree.impl.ast.AstString;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;

/**
 * The value level of {@link PythonParser}: names, literals (Python's numbers, tuples, trailing
 * commas, adjacent strings), attributes, items and slices ({@link AstSlice}), and the names Jinjava
 * keeps for itself ({@link AstReservedName}). The nodes these become are one level down
 * ({@link PythonNodeParser}), call arguments and literals' lexical rules below that
 * ({@link PythonCallParser}).
 */
abstract class PythonValueParser extends PythonNodeParser {

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
}
