package dev.dakora.common.render;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import jinjava.de.odysseus.el.ExpressionFactoryImpl;
import jinjava.de.odysseus.el.tree.TreeStore;
import jinjava.de.odysseus.el.tree.impl.Cache;
import jinjava.javax.el.ExpressionFactory;

/**
 * Jinjava whose global context is the renderer's {@link SharedContext}: interpreters take their
 * functions from it, so templates see only the functions the sandbox allows. Its expressions
 * convert values to text the Python way.
 */
final class SandboxedJinjava extends Jinjava {

    private static final int EXPRESSION_CACHE_SIZE = 10_000;

    private final SharedContext shared;
    private final ExpressionFactory expressions;

    SandboxedJinjava(JinjavaConfig config, SharedContext shared) {
        super(config);
        this.shared = shared;
        TreeStore parsedExpressions = new TreeStore(new PythonSyntaxBuilder(), new Cache(EXPRESSION_CACHE_SIZE));
        this.expressions = new ExpressionFactoryImpl(parsedExpressions, new PythonTypeConverter());
    }

    /**
     * Expressions parsed with {@link PythonSyntaxBuilder}, converting values to text as Python's
     * {@code str()} does (e.g. {@code 'x' ~ true} is {@code xTrue}).
     */
    @Override
    public ExpressionFactory getExpressionFactory() {
        return expressions;
    }

    @Override
    public Context getGlobalContext() {
        return shared;
    }
}
