package dev.dakora.common.render;

import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.el.JinjavaInterpreterResolver;
import com.hubspot.jinjava.interpret.Context.Library;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.tree.Node;
import jinjava.javax.el.CompositeELResolver;

import java.util.Map;
import java.util.Set;

/**
 * The Jinjava configuration of {@link JinjavaEngine}: Jinja2's whitespace and operator rules, and
 * the sandbox: no nested interpretation, no template loading tags, only the resolvers that keep Java
 * out of reach ({@link SandboxResolver}), bounded output, loops and recursion, and the render's
 * budget checked before each node.
 */
final class SandboxConfig {

    /** The tags, filters and functions a template cannot use. */
    static final Map<Library, Set<String>> DISABLED = Map.of(
            Library.TAG, Set.of("include", "import", "from", "extends", "do", "break", "continue"),
            Library.FILTER, Set.of("render", "fromjson", "fromyaml", "escapejinjava"),
            Library.FUNCTION, Set.of("fromjson", "fromyaml"));

    private SandboxConfig() {
    }

    static JinjavaConfig of(RenderLimits limits) {
        return JinjavaConfig.newBuilder()
                .withTrimBlocks(false)
                .withLstripBlocks(false)
                .withFailOnUnknownTokens(false)
                .withNestedInterpretationEnabled(false)
                .withMaxOutputSize(limits.maxOutputChars())
                .withMaxStringLength(limits.maxOutputChars())
                .withRangeLimit(limits.maxLoopIterations())
                .withEnableRecursiveMacroCalls(true)
                .withMaxMacroRecursionDepth(limits.maxRecursionDepth())
                .withMaxRenderDepth(1)
                .withKeepTrailingNewline(true)
                .withEnableFilterChainOptimization(true)
                .withDisabled(DISABLED)
                .withElResolver(sandboxResolver())
                .withInterperterFactory(new SandboxedInterpreterFactory(limits))
                .withNodePreProcessor(SandboxConfig::checkBudget)
                .withLegacyOverrides(LegacyOverrides.newBuilder()
                        .withUseNaturalOperatorPrecedence(true)
                        .withParseWhitespaceControlStrictly(true)
                        .withUseTrimmingForNotesAndExpressions(true)
                        .withIterateOverMapKeys(true)
                        .withEvaluateMapKeys(true)
                        .build())
                .build();
    }

    private static void checkBudget(Node node, JinjavaInterpreter interpreter) {
        if (interpreter instanceof SandboxedInterpreter sandboxed) {
            sandboxed.state().check();
        }
    }

    private static CompositeELResolver sandboxResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new SandboxResolver());
        resolver.add(JinjavaInterpreterResolver.DEFAULT_RESOLVER_READ_ONLY);
        return resolver;
    }
}
