package dev.dakora.bench;

import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.common.template.TemplateDocuments;
import dev.dakora.common.template.TemplateSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Renders per second through the API path ({@link TemplateRenderer#render}: input coercion, cached
 * parse, render), cycling over every Jinja2 parity case that renders successfully.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RenderBenchmark {

    private static final String CASES = "/parity/jinja2-render-cases.jsonl";

    /** One successful parity case: the spec and the inputs a caller sends. */
    record Case(TemplateSpec spec, Map<String, Object> inputs) {
    }

    private TemplateRenderer renderer;
    private List<Case> cases;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        renderer = new TemplateRenderer();
        cases = readSuccessfulCases();
        cases.forEach(c -> renderer.render(c.spec(), c.inputs()));
    }

    @TearDown(Level.Trial)
    public void close() {
        renderer.close();
    }

    @Benchmark
    public String render() {
        Case c = cases.get(next);
        next = next + 1 == cases.size() ? 0 : next + 1;
        return renderer.render(c.spec(), c.inputs()).rendered();
    }

    @SuppressWarnings("unchecked")
    static List<Case> readSuccessfulCases() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        try (InputStream in = RenderBenchmark.class.getResourceAsStream(CASES)) {
            if (in == null) {
                throw new IOException("missing resource " + CASES);
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
