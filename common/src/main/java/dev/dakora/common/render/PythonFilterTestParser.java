package dev.dakora.common.render;

import com.hubspot.jinjava.el.ext.CollectionMembershipOperator;
import jinjava.de.odysseus.el.tree.impl.Builder;
import jinjava.de.odysseus.el.tree.impl.Scanner;
import jinjava.de.odysseus.el.tree.impl.Scanner.Symbol;
import jinjava.de.odysseus.el.tree.impl.Scanner.Token;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tests after filters, as Jinja2's parser reads them: {@code xs|length is even} tests {@code xs|length},
 * {@code s|upper is not lower} likewise. Jinjava reads either filters or one test after a value, never a
 * test after a filter chain; this reads the tests that follow, each applied to everything before it.
 */
abstract class PythonFilterTestParser extends PythonValueParser {

    /** What may follow {@code is}: a test's name, which Jinja2 reads as a name ({@code none}, {@code true}, {@code in} included). */
    private static final Set<Symbol> TEST_NAMES = Set.of(Symbol.IDENTIFIER, Symbol.TRUE, Symbol.FALSE, Symbol.NULL,
            CollectionMembershipOperator.TOKEN.getSymbol());

    PythonFilterTestParser(Builder builder, String input) {
        super(builder, input);
    }

    @Override
    protected AstNode filter(boolean required) throws Scanner.ScanException, ParseException {
        AstNode v = super.filter(required);
        while (v != null && "is".equals(getToken().getImage())) {
            boolean negated = "not".equals(lookahead(0).getImage());
            Token name = lookahead(negated ? 1 : 0);
            if (!TEST_NAMES.contains(name.getSymbol())) {
                return v;
            }
            consumeToken();
            if (negated) {
                consumeToken();
            }
            String test = consumeToken().getImage();
            List<AstNode> params = new ArrayList<>(List.of(v, interpreter()));
            AstNode argument = value();
            if (argument != null) {
                params.add(argument);
            }
            v = createAstMethod(createAstDot(identifier(EXPTEST_PREFIX + test), negated ? "evaluateNegated" : "evaluate", true),
                    createAstParameters(params));
        }
        return v;
    }
}
