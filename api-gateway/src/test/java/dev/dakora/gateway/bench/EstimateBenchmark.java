package dev.dakora.gateway.bench;

import dev.dakora.common.event.CallParams;
import dev.dakora.common.model.PriceFile;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.InputType;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.gateway.domain.BatchSubmissions;
import dev.dakora.gateway.estimate.CostEstimator;
import dev.dakora.gateway.estimate.Estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How long an estimate of a batch takes: the rows checked by the input spec, each rendered, counted with
 * o200k_base, cl100k_base and characters / 4, priced. Not part of the build; run with
 * {@code java -cp <test classpath> dev.dakora.gateway.bench.EstimateBenchmark [rows] [runs]}. Prints the
 * time of each run after warm-up runs, and the median.
 */
public final class EstimateBenchmark {

    private EstimateBenchmark() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        TemplateSpec spec = new TemplateSpec("support", "1.0.0", null, """
                You are a support agent for {{ product }}. Answer the customer below in a friendly tone, in at most
                {{ words }} words, and end with a question.
                {% for line in history %}- {{ line }}
                {% endfor %}Customer {{ name }} writes: {{ message }}""",
                Map.of("product", InputSpec.of(InputType.STRING), "words", InputSpec.of(InputType.NUMBER),
                        "history", InputSpec.of(InputType.ARRAY_OF_STRING), "name", InputSpec.of(InputType.STRING),
                        "message", InputSpec.of(InputType.STRING)), Map.of());
        List<Map<String, Object>> input = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            input.add(Map.of("product", "Dakora", "words", String.valueOf(50 + i % 50),
                    "history", List.of("order " + i + " placed", "shipped on day " + (i % 30)),
                    "name", "Customer " + i, "message", "My order number " + i + " has not arrived yet; where is it?"));
        }
        List<String> models = List.of("openai/gpt-4o-mini", "openai/gpt-4", "anthropic/claude-3-5-haiku-latest");
        try (TemplateRenderer renderer = new TemplateRenderer()) {
            CostEstimator estimator = new CostEstimator(renderer, PriceFile.shipped(), 256);
            long[] millis = new long[runs];
            for (int run = -3; run < runs; run++) {
                long start = System.nanoTime();
                Estimate estimate = estimator.estimate(spec, BatchSubmissions.coerceRows(spec, input), models, CallParams.DEFAULTS);
                long elapsed = (System.nanoTime() - start) / 1_000_000;
                if (run >= 0) {
                    millis[run] = elapsed;
                }
                System.out.printf("%s %d rows, %d calls, %d ms%n", run < 0 ? "warm-up" : "run", rows, estimate.calls(), elapsed);
            }
            Arrays.sort(millis);
            System.out.printf("median %d ms for %d rows (%d runs)%n", millis[runs / 2], rows, runs);
        }
    }
}
