package dev.dakora.common.render;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.el.ExtendedSyntaxBuilder;
import com.hubspot.jinjava.interpret.Context;
import jinjava.de.odysseus.el.ExpressionFactoryImpl;
import jinjava.de.odysseus.el.tree.TreeBuilder;
import jinjava.javax.el.ExpressionFactory;

import java.util.Properties;

/**
 * Jinjava whose global context is the renderer's {@link SharedContext}: interpreters take their
 * functions from it, so templates see only the functions the sandbox allows. Its expressions
 * convert values to text the Python way.
 */
final class SandboxedJinjava extends Jinjava {

    private final SharedContext shared;
    private final ExpressionFactory expressions;

    SandboxedJinjava(JinjavaConfig config, SharedContext shared) {
        super(config);
        this.shared = shared;
        Properties properties = new Properties();
        properties.setProperty(TreeBuilder.class.getName(), ExtendedSyntaxBuilder.class.getName());
        this.expressions = new ExpressionFactoryImpl(properties, new PythonTypeConverter());
    }

    /** Expressions convert values to text as Python's {@code str()} does (e.g. {@code 'x' ~ true} is {@code xTrue}). */
    @Override
    public ExpressionFactory getExpressionFactory() {
        return expressions;
    }

    @Override
    public Context getGlobalContext() {
        return shared;
    }
}
