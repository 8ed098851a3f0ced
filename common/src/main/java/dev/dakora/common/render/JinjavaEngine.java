package dev.dakora.common.render;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TreeParser;

import java.io.IOException;
import java.util.Map;

/**
 * Jinjava configured as the reference's Jinja2 environment (trim_blocks, lstrip_blocks, no
 * autoescape, strict undefined, Python output and filters) and closed as a sandbox: no nested
 * interpretation, no template loading, no Java reachable from templates, bounded output and
 * recursion ({@link SandboxConfig}). Parses text to a tree and renders a tree with given inputs.
 */
final class JinjavaEngine {

    private final RenderLimits limits;
    private final Jinjava jinjava;
    private final JinjavaConfig config;
    private final SharedContext shared;

    JinjavaEngine(RenderLimits limits) {
        this.limits = limits;
        this.config = SandboxConfig.of(limits);
        this.shared = new SharedContext(SandboxConfig.DISABLED);
        this.jinjava = new SandboxedJinjava(config, shared);
        this.jinjava.setResourceLocator((name, encoding, interpreter) -> {
            throw new IOException("templates cannot load other templates ('" + name + "')");
        });
        shared.setExpressionStrategy(new PythonOutputStrategy());
        TextFilters.all().forEach(shared::registerFilter);
        CollectionFilters.all().forEach(shared::registerFilter);
        GroupFilters.all().forEach(shared::registerFilter);
        SelectFilters.all().forEach(shared::registerFilter);
        MarkupFilters.all().forEach(shared::registerFilter);
        DataFilters.all().forEach(shared::registerFilter);
        shared.registerFilter(new NamedFilter("pprint", (value, args) -> PyPrettyPrint.format(value)));
        shared.registerFilter(UrlizeFilter.filter());
        shared.registerTag(new LoopTag());
        shared.registerTag(new FilterBlockTag());
        shared.registerTag(new WithTag());
        shared.registerTag(new PyMacroTag());
        shared.registerTag(new PyCallTag());
        shared.registerTag(new BlockTag());
        shared.registerTag(new PySetTag());
        shared.registerTag(new AutoescapeTag());
        shared.registerExpTest(new DefinedTest(true));
        shared.registerExpTest(new DefinedTest(false));
        PyTests.all().forEach(shared::registerExpTest);
        PyValueTests.all().forEach(shared::registerExpTest);
    }

    /** Parses {@code template}; throws {@link RenderException} of kind SYNTAX when it does not parse. */
    Node parse(String template) {
        RenderState state = new RenderState(limits);
        SandboxedInterpreter interpreter = newInterpreter(Map.of(), state);
        JinjavaInterpreter.pushCurrent(interpreter);
        try {
            Node root = new TreeParser(interpreter, WhitespaceControl.apply(template)).buildTree();
            ExpressionCheck.check(root, interpreter);
            return root;
        } catch (RenderAbort e) {
            RenderException cause = state.failure();
            throw new RenderException(RenderException.Kind.SYNTAX, cause.getMessage(),
                    cause.line().orElse(-1), null);
        } catch (RuntimeException e) {
            throw new RenderException(RenderException.Kind.SYNTAX, String.valueOf(e.getMessage()),
                    interpreter.getLineNumber(), null);
        } finally {
            JinjavaInterpreter.popCurrent();
        }
    }

    /** Renders a parsed template; throws {@link RenderException} when the render fails or hits a limit. */
    String render(Node root, Map<String, Object> inputs) {
        RenderState state = new RenderState(limits);
        SandboxedInterpreter interpreter = newInterpreter(inputs, state);
        interpreter.setTemplate(root);
        String output;
        try {
            output = interpreter.render(root, false);
        } catch (RuntimeException e) {
            if (state.failure() != null) {
                throw state.failure();
            }
            throw new RenderException(RenderException.Kind.FAILED,
                    "the template could not be rendered: " + e.getMessage(), interpreter.getLineNumber(), e);
        }
        if (state.failure() != null) {
            throw state.failure();
        }
        if (output.length() > limits.maxOutputChars()) {
            throw new RenderException(RenderException.Kind.OUTPUT_LIMIT, "the rendered text is longer than "
                    + limits.maxOutputChars() + " characters; shorten the template or its inputs");
        }
        return output;
    }

    private SandboxedInterpreter newInterpreter(Map<String, ?> inputs, RenderState state) {
        return new SandboxedInterpreter(jinjava, new RenderContext(shared, inputs), config, state);
    }
}
