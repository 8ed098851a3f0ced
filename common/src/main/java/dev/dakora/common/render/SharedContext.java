package dev.dakora.common.render;

import com.google.common.collect.SetMultimap;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.exptest.ExpTest;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import com.hubspot.jinjava.tree.Node;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The read-only parent of every render's context: the filter, test, tag and function libraries,
 * built once. Jinjava reports what a render resolved up the context chain; this context ignores
 * those reports, so concurrent renders never write to it.
 */
final class SharedContext extends Context {

    /** Jinja2's built-in filters plus the reference's {@code yaml}; Jinjava's other filters are not offered. */
    private static final Set<String> JINJA2_FILTERS = Set.of("abs", "attr", "batch", "capitalize", "center",
            "count", "d", "default", "dictsort", "e", "escape", "filesizeformat", "first", "float", "forceescape",
            "format", "groupby", "indent", "int", "items", "join", "last", "length", "list", "lower", "map", "max",
            "min", "pprint", "random", "reject", "rejectattr", "replace", "reverse", "round", "safe", "select", "selectattr",
            "slice", "sort", "string", "striptags", "sum", "title", "tojson", "trim", "truncate", "unique", "upper",
            "urlencode", "urlize", "wordcount", "wordwrap", "xmlattr", "yaml");

    private final List<ELFunctionDefinition> functions;

    SharedContext(Map<Library, Set<String>> disabled) {
        super(null, null, disabled);
        List<ELFunctionDefinition> all = new java.util.ArrayList<>(List.of(RangeFunction.definition()));
        all.addAll(PyGlobals.definitions());
        all.add(CallerFunction.definition());
        this.functions = List.copyOf(all);
    }

    /**
     * The global functions templates may call: Jinja2's {@code range} and {@code namespace}. Jinjava
     * copies these into every interpreter, so a short list also keeps each render cheap.
     */
    @Override
    public Collection<ELFunctionDefinition> getAllFunctions() {
        return functions;
    }

    /** True when {@code name} is a filter templates may use. */
    static boolean offersFilter(String name) {
        return JINJA2_FILTERS.contains(name);
    }

    /**
     * An unknown filter fails the render, as Jinja2 refuses a template using one. Filters Jinja2 does
     * not have (Jinjava's extras such as {@code regex_replace}) count as unknown.
     */
    @Override
    public Filter getFilter(String name) {
        Filter filter = JINJA2_FILTERS.contains(name) ? super.getFilter(name) : null;
        if (filter == null && JinjavaInterpreter.getCurrent() instanceof SandboxedInterpreter sandboxed) {
            sandboxed.state().fail(new RenderException(RenderException.Kind.SYNTAX,
                    "no filter named '" + name + "'", sandboxed.getLineNumber(), null));
        }
        return filter;
    }

    /**
     * An unknown test fails the render, as Jinja2 refuses a template using one. Tests Jinja2 does not
     * have (Jinjava's extras such as {@code truthy}) count as unknown.
     */
    @Override
    public ExpTest getExpTest(String name) {
        ExpTest test = PyValueTests.JINJA2_TESTS.contains(name) ? super.getExpTest(name) : null;
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
