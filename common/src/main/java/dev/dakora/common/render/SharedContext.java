package dev.dakora.common.render;

import com.google.common.collect.SetMultimap;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.exptest.ExpTest;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.tree.Node;

import java.util.Map;
import java.util.Set;

/**
 * The read-only parent of every render's context: the filter, test, tag and function libraries,
 * built once. Jinjava reports what a render resolved up the context chain; this context ignores
 * those reports, so concurrent renders never write to it.
 */
final class SharedContext extends Context {

    SharedContext(Map<Library, Set<String>> disabled) {
        super(null, null, disabled);
    }

    /** An unknown filter fails the render, as Jinja2 refuses a template using one. */
    @Override
    public Filter getFilter(String name) {
        Filter filter = super.getFilter(name);
        if (filter == null && JinjavaInterpreter.getCurrent() instanceof SandboxedInterpreter sandboxed) {
            sandboxed.state().fail(new RenderException(RenderException.Kind.SYNTAX,
                    "no filter named '" + name + "'", sandboxed.getLineNumber(), null));
        }
        return filter;
    }

    /** An unknown test fails the render, as Jinja2 refuses a template using one. */
    @Override
    public ExpTest getExpTest(String name) {
        ExpTest test = super.getExpTest(name);
        if (test == null && JinjavaInterpreter.getCurrent() instanceof SandboxedInterpreter sandboxed) {
            sandboxed.state().fail(new RenderException(RenderException.Kind.SYNTAX,
                    "no test named '" + name + "'", sandboxed.getLineNumber(), null));
        }
        return test;
    }

    @Override
    public void addResolvedExpression(String expression) {
    }

    @Override
    public void addResolvedValue(String value) {
    }

    @Override
    public void addResolvedFunction(String function) {
    }

    @Override
    public void addDependency(String type, String identification) {
    }

    @Override
    public void handleDeferredNode(Node node) {
    }

    @Override
    public void addDependencies(SetMultimap<String, String> dependencies) {
    }
}
