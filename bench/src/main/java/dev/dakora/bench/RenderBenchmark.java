package dev.dakora.bench;

import dev.dakora.common.render.RenderLimits;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.common.template.TemplateDocuments;
import dev.dakora.common.template.TemplateSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Renders per second through the API path ({@link TemplateRenderer#render}: input coercion, cached
 * parse, render), cycling over Jinja2 parity cases that render successfully: {@code reference} is
 * the 59 reference cases, {@code corpus} every parity file (reference, extra, systematic, random),
 * keeping the cases Jinja2 renders and this renderer renders without an error.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RenderBenchmark {

    private static final String CASES = "/parity/jinja2-render-cases.jsonl";
    private static final List<String> CORPUS = List.of(CASES, "/parity/jinja2-extra-cases.jsonl",
            "/parity/jinja2-systematic-cases.jsonl", "/parity/jinja2-random-cases.jsonl");

    private static final int CACHE = 20_000;

    @Param({"reference", "corpus"})
    public String cases;

    /** One successful parity case: the spec and the inputs a caller sends. */
    record Case(TemplateSpec spec, Map<String, Object> inputs) {
    }

    private TemplateRenderer renderer;
    private List<Case> loaded;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        renderer = newRenderer();
        loaded = renderableCases(cases, renderer);
    }

    @TearDown(Level.Trial)
    public void close() {
        renderer.close();
    }

    @Benchmark
    public String render() {
        Case c = loaded.get(next);
        next = next + 1 == loaded.size() ? 0 : next + 1;
        return renderer.render(c.spec(), c.inputs()).rendered();
    }

    /** The default limits, with a parse cache that holds every corpus template (the default holds 1,000). */
    static TemplateRenderer newRenderer() {
        RenderLimits d = RenderLimits.defaults();
        return new TemplateRenderer(new RenderLimits(d.maxOutputChars(), d.maxLoopIterations(), d.maxRecursionDepth(),
                d.timeout(), d.maxConcurrentRenders(), CACHE));
    }

    /**
     * The cases of {@code which} ({@code reference} or {@code corpus}) that Jinja2 renders and
     * {@code renderer} renders without an error; each is rendered once, so its parse is cached.
     */
    static List<Case> renderableCases(String which, TemplateRenderer renderer) throws IOException {
        List<Case> all = new ArrayList<>();
        for (String file : "corpus".equals(which) ? CORPUS : List.of(CASES)) {
            all.addAll(readSuccessfulCases(file));
        }
        return all.stream().filter(c -> rendersHere(renderer, c)).toList();
    }

    private static boolean rendersHere(TemplateRenderer renderer, Case c) {
        try {
            renderer.render(c.spec(), c.inputs());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    static List<Case> readSuccessfulCases(String resource) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        try (InputStream in = RenderBenchmark.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.isBlank())
                    .map(line -> (Map<String, Object>) json.readValue(line, Map.class))
                    .filter(c -> ((Map<String, Object>) c.get("expect")).containsKey("rendered"))
                    .map(c -> new Case(TemplateDocuments.fromMap((Map<String, Object>) c.get("spec")),
                            (Map<String, Object>) c.get("inputs")))
                    .toList();
        }
    }
}
