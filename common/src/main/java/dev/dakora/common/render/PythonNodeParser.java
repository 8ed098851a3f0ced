package dev.dakora.common.render;

import com.hubspot.jinjava.el.ext.AstDict;
import com.hubspot.jinjava.el.ext.AstFilterChain;
import com.hubspot.jinjava.el.ext.FilterSpec;
import jinjava.de.odysseus.el.tree.impl.Builder;
import jinjava.de.odysseus.el.tree.impl.ast.AstBracket;
import jinjava.de.odysseus.el.tree.impl.ast.AstDot;
import jinjava.de.odysseus.el.tree.impl.ast.AstIdentifier;
import jinjava.de.odysseus.el.tree.impl.ast.AstMethod;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstParameters;
import jinjava.de.odysseus.el.tree.impl.ast.AstProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The nodes {@link PythonParser} builds in place of Jinjava's, for Jinja2's meaning: dicts with
 * Python's keys ({@link AstPyDict}), attributes and items read as Jinja2 reads them
 * ({@link PyAttribute}), and the operands of {@code is defined}, the other tests that answer on an
 * undefined value, and {@code default}, which may be missing ({@link AstLenient}).
 */
abstract class PythonNodeParser extends PythonCallParser {

    /** The tests Jinja2 answers on an undefined value without failing (StrictUndefined). */
    private static final Set<String> LENIENT_TESTS = Stream.of("defined", "undefined", "none", "boolean", "false",
            "true", "integer", "float", "string", "mapping", "number", "sequence", "callable", "escaped", "sameas")
            .map(name -> EXPTEST_PREFIX + name).collect(Collectors.toUnmodifiableSet());

    PythonNodeParser(Builder builder, String input) {
        super(builder, input);
    }

    @Override
    protected AstDict createAstDict(Map<AstNode, AstNode> dict) {
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
