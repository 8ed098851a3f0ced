package dev.dakora.common.render;

import com.hubspot.jinjava.el.ext.AstMacroFunction;
import com.hubspot.jinjava.el.ext.NamedParameter;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstParameters;
import jinjava.de.odysseus.el.tree.impl.ast.AstRightValue;
import jinjava.javax.el.ELContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A call's {@code *args} or {@code **kwargs}: the items of an iterable become positional arguments,
 * the entries of a dict keyword arguments, as in Jinja2 ({@code '{x}'.format(**{'x': 1})},
 * {@code range(*xs)}). Method calls ({@link Parameters}) and function or macro calls ({@link Call})
 * expand it; a filter's arguments (Jinjava evaluates them one by one) and anything else refuse it.
 */
final class AstStarArg extends AstRightValue {

    private final AstNode value;
    private final boolean keywords;

    AstStarArg(AstNode value, boolean keywords) {
        this.value = value;
        this.keywords = keywords;
    }

    @Override
    public Object eval(Bindings bindings, ELContext context) {
        throw PyFailure.error("*args and **kwargs are expanded in calls of methods, functions and macros only");
    }

    /** Adds what this argument stands for to {@code out}. */
    void expand(Bindings bindings, ELContext context, List<Object> out) {
        Object items = value.eval(bindings, context);
        if (!keywords) {
            if (!(items instanceof Iterable<?> || items instanceof Map<?, ?> || items instanceof CharSequence)) {
                throw PyFailure.error("Value after * must be an iterable, not " + PyValues.typeName(items));
            }
            out.addAll(PyValues.iterable(items));
            return;
        }
        if (!(items instanceof Map<?, ?> map)) {
            throw PyFailure.error("argument after ** must be a mapping, not " + PyValues.typeName(items));
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof CharSequence name)) {
                throw PyFailure.error("keywords must be strings");
            }
            out.add(new NamedParameter(name.toString(), entry.getValue()));
        }
    }

    boolean keywords() {
        return keywords;
    }

    @Override
    public void appendStructure(StringBuilder builder, Bindings bindings) {
        builder.append(keywords ? "**" : "*");
        value.appendStructure(builder, bindings);
    }

    @Override
    public int getCardinality() {
        return 1;
    }

    @Override
    public AstNode getChild(int i) {
        return i == 0 ? value : null;
    }

    /** A call's arguments when some are starred: each evaluated, the starred ones expanded in place. */
    static final class Parameters extends AstParameters {

        private final List<AstNode> nodes;

        Parameters(List<AstNode> nodes) {
            super(nodes);
            this.nodes = nodes;
        }

        @Override
        public Object[] eval(Bindings bindings, ELContext context) {
            List<Object> out = new ArrayList<>(nodes.size());
            for (AstNode node : nodes) {
                if (node instanceof AstStarArg star) {
                    star.expand(bindings, context, out);
                } else {
                    out.add(node.eval(bindings, context));
                }
            }
            OutputBudget.require(out.size(), "the call's arguments");
            return out.toArray();
        }
    }

    /**
     * A global function or macro call with starred arguments: they are expanded first, then the
     * function is called with the resulting values as Jinjava calls it with plain arguments.
     */
    static final class Call extends AstMacroFunction {

        private final Parameters starred;

        Call(String name, int index, Parameters starred, boolean varargs) {
            super(name, index, starred, varargs);
            this.starred = starred;
        }

        @Override
        public Object eval(Bindings bindings, ELContext context) {
            List<AstNode> values = new ArrayList<>();
            for (Object value : starred.eval(bindings, context)) {
                values.add(new Value(value));
            }
            return new AstMacroFunction(getName(), getIndex(), new AstParameters(values), isVarArgs()).eval(bindings, context);
        }
    }

    /** An argument already evaluated. */
    private static final class Value extends AstRightValue {

        private final Object value;

        Value(Object value) {
            this.value = value;
        }

        @Override
        public Object eval(Bindings bindings, ELContext context) {
            return value;
        }

        @Override
        public void appendStructure(StringBuilder builder, Bindings bindings) {
            builder.append("<value>");
        }

        @Override
        public int getCardinality() {
            return 0;
        }

        @Override
        public AstNode getChild(int i) {
            return null;
        }
    }
}
