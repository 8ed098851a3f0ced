package dev.dakora.common.render;

import dev.dakora.common.template.InvalidInputException;
import dev.dakora.common.template.TemplateSpec;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Renders prompt templates as the reference's Jinja2 setup does, byte for byte, while treating
 * templates and inputs as untrusted: sandboxed (no Java reachable, no nested interpretation, no
 * template loading) and bounded by {@link RenderLimits}. Parsed templates are cached by their text.
 * Thread-safe: one instance serves every render of a process.
 *
 * <p>The time limit is enforced on the calling thread: the render checks its deadline before every
 * node and loop iteration and stops with a TIMEOUT error once it has passed. Every single step is
 * itself bounded (string, range and output limits), so a render cannot run long between checks.
 */
public final class TemplateRenderer implements AutoCloseable {

    private final RenderLimits limits;
    private final JinjavaEngine engine;
    private final ParsedTemplates cache;
    private final Semaphore permits;
    private volatile boolean closed;

    public TemplateRenderer() {
        this(RenderLimits.defaults());
    }

    public TemplateRenderer(RenderLimits limits) {
        this.limits = limits;
        this.engine = new JinjavaEngine(limits);
        this.cache = new ParsedTemplates(limits.cacheSize());
        this.permits = new Semaphore(limits.maxConcurrentRenders());
    }

    /**
     * Coerces inputs with {@link TemplateSpec#coerceInputs}, then renders the spec's template with
     * them. The template's trailing newlines are dropped first, as the reference registry does.
     *
     * @throws InvalidInputException when the inputs do not fit the spec
     * @throws RenderException       when the template does not parse, fails, or hits a limit
     */
    public RenderResult render(TemplateSpec spec, Map<String, ?> inputs) {
        Map<String, Object> coerced = spec.coerceInputs(inputs);
        ParsedTemplate parsed = parsed(stripTrailingNewlines(spec.template()));
        Map<String, Object> values = parsed.changesInputs() ? MutableInputs.copy(coerced) : coerced;
        acquire();
        try {
            return new RenderResult(engine.render(parsed.root(), values), coerced);
        } finally {
            permits.release();
        }
    }

    /** Throws {@link RenderException} of kind SYNTAX, with the line when known, if {@code template} does not parse. */
    public void validate(String template) {
        parsed(template);
    }

    /**
     * The names {@code template} reads from its inputs, in the order it first reads them, as Jinja2's
     * {@code meta.find_undeclared_variables} finds them (loop variables, {@code set} targets and macro
     * parameters left out). Throws {@link RenderException} of kind SYNTAX if it does not parse.
     */
    public java.util.List<String> variables(String template) {
        return TemplateVariables.of(parsed(stripTrailingNewlines(template)).root());
    }

    private ParsedTemplate parsed(String template) {
        if (closed) {
            throw new IllegalStateException("the renderer is closed");
        }
        return cache.get(template, text -> new ParsedTemplate(engine.parse(text), MutableInputs.needed(text)));
    }

    private void acquire() {
        try {
            if (!permits.tryAcquire(limits.timeout().toNanos(), TimeUnit.NANOSECONDS)) {
                throw new RenderException(RenderException.Kind.TIMEOUT, "too many renders are running at once ("
                        + limits.maxConcurrentRenders() + "); try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException(RenderException.Kind.FAILED, "interrupted while waiting to render");
        }
    }

    static String stripTrailingNewlines(String template) {
        int end = template.length();
        while (end > 0 && (template.charAt(end - 1) == '\n' || template.charAt(end - 1) == '\r')) {
            end--;
        }
        return template.substring(0, end);
    }

    int cachedTemplates() {
        return cache.size();
    }

    @Override
    public void close() {
        closed = true;
    }
}
