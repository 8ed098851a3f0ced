package dev.dakora.common.render;

import com.hubspot.jinjava.el.ext.AstMacroFunction;
import com.hubspot.jinjava.el.ext.NamedParameter;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstParameters;
import jinjava.de.odysseus.el.tree.impl.ast.AstRightValue;
import jinjava.javax.el.ELContext;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A call's {@code *items} (spread as positional arguments) or {@code **mapping} (spread as keyword arguments). */
final class AstSpread extends AstRightValue {

    private final AstNode operand;
    private final boolean keywords;

    AstSpread(AstNode operand, boolean keywords) {
        this.operand = operand;
        this.keywords = keywords;
    }

    boolean keywords() {
        return keywords;
    }

    /** Call arguments where each {@link AstSpread} is replaced by the values it spreads. */
    static AstParameters parameters(List<AstNode> nodes) {
        return new AstParameters(nodes) {
            @Override
            public Object[] eval(Bindings bindings, ELContext context) {
                List<Object> values = new ArrayList<>();
                for (AstNode node : nodes) {
                    if (node instanceof AstSpread spread) {
                        spread.spread(spread.operand.eval(bindings, context), values);
                    } else {
                        values.add(node.eval(bindings, context));
                    }
                }
                return values.toArray();
            }
        };
    }

    /** A function or macro call with spread arguments: the spread values are passed as the function's parameters. */
    static final class Call extends AstMacroFunction {

        private final AstParameters arguments;

        Call(String name, int index, AstParameters arguments) {
            super(name, index, arguments, true);
            this.arguments = arguments;
        }

        @Override
        protected Object invoke(Bindings bindings, ELContext context, Object base, Method method)
                throws InvocationTargetException, IllegalAccessException {
            Object[] values = arguments.eval(bindings, context);
            Class<?>[] types = method.getParameterTypes();
            int fixed = method.isVarArgs() ? types.length - 1 : types.length;
            if (values.length < fixed || (!method.isVarArgs() && values.length != fixed)) {
                throw PyFailure.error(getName() + "() takes " + fixed + " argument(s), " + values.length + " given");
            }
            Object[] params = new Object[types.length];
            for (int i = 0; i < fixed; i++) {
                params[i] = bindings.convert(values[i], types[i]);
            }
            if (method.isVarArgs()) {
                Class<?> item = types[fixed].getComponentType();
                Object rest = Array.newInstance(item, values.length - fixed);
                for (int i = fixed; i < values.length; i++) {
                    Array.set(rest, i - fixed, bindings.convert(values[i], item));
                }
                params[fixed] = rest;
            }
            return method.invoke(base, params);
        }
    }

    private void spread(Object value, List<Object> values) {
        if (keywords) {
            if (!(value instanceof Map<?, ?> map)) {
                throw PyFailure.error("argument after ** must be a mapping, not " + PyMethods.typeName(value));
            }
            map.forEach((k, v) -> values.add(new NamedParameter(String.valueOf(k), v)));
        } else if (value instanceof CharSequence text) {
            text.toString().codePoints().forEach(c -> values.add(Character.toString(c)));
        } else if (value instanceof Iterable<?> items && !(value instanceof Map<?, ?>)) {
            items.forEach(values::add);
        } else if (value instanceof Map<?, ?> map) {
            values.addAll(map.keySet());
        } else {
            throw PyFailure.error("Value after * must be an iterable, not " + PyMethods.typeName(value));
        }
    }

    @Override
    public Object eval(Bindings bindings, ELContext context) {
        return operand.eval(bindings, context);
    }

    @Override
    public void appendStructure(StringBuilder builder, Bindings bindings) {
        builder.append(keywords ? "**" : "*");
        operand.appendStructure(builder, bindings);
    }

    @Override
    public int getCardinality() {
        return 1;
    }

    @Override
    public AstNode getChild(int i) {
        return i == 0 ? operand : null;
    }
}
