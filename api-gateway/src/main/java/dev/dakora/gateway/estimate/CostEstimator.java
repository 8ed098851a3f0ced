package dev.dakora.gateway.estimate;

import dev.dakora.common.event.CallParams;
import dev.dakora.common.model.ModelName;
import dev.dakora.common.model.Price;
import dev.dakora.common.model.PriceTable;
import dev.dakora.common.render.RenderException;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.common.template.TemplateSpec;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Estimates a submission: renders every row with the renderer the render worker uses, counts each
 * rendered prompt once per tokenizer the models need, and prices the calls. Output tokens are the
 * request's {@code max_tokens} per call when given (an upper bound), else {@code defaultOutputTokens};
 * {@code echo} answers with its prompt, so its output is its input. Blocks: run it on the render scheduler.
 */
public final class CostEstimator {

    private final TemplateRenderer renderer;
    private final PriceTable prices;
    private final Tokenizers tokenizers;
    private final int defaultOutputTokens;

    public CostEstimator(TemplateRenderer renderer, PriceTable prices, int defaultOutputTokens) {
        this.renderer = renderer;
        this.prices = prices;
        this.tokenizers = new Tokenizers();
        this.defaultOutputTokens = defaultOutputTokens;
    }

    /** {@code rows} are inputs already checked by the template's input spec. */
    public Estimate estimate(TemplateSpec spec, List<Map<String, Object>> rows, List<String> models, CallParams params) {
        List<ModelName> names = models.stream().map(EstimateModels::resolve).toList();
        Map<TokenCounter, long[]> tokens = new IdentityHashMap<>();
        names.forEach(name -> tokens.putIfAbsent(tokenizers.of(name), new long[1]));
        int failures = 0;
        for (Map<String, Object> row : rows) {
            String prompt;
            try {
                prompt = renderer.render(spec, row).rendered();
            } catch (RenderException e) {
                failures++;
                continue;
            }
            tokens.forEach((counter, total) -> total[0] += counter.count(prompt));
        }
        long calls = rows.size() - failures;
        List<ModelEstimate> estimates = new ArrayList<>(names.size());
        for (ModelName name : names) {
            TokenCounter counter = tokenizers.of(name);
            long input = tokens.get(counter)[0];
            long output = name.isEcho() ? input : calls * outputPerCall(params);
            Optional<Price> price = prices.find(name);
            estimates.add(new ModelEstimate(name.requested(), name.provider(), counter.name(), counter.exact(), calls,
                    input, output, price.isPresent(), price.map(p -> p.cost(input, 0)).orElse(null),
                    price.map(p -> p.cost(input, output)).orElse(null)));
        }
        return new Estimate(spec.id(), spec.version(), rows.size(), failures, assumption(params), estimates);
    }

    private long outputPerCall(CallParams params) {
        return params.maxTokens() != null ? params.maxTokens() : defaultOutputTokens;
    }

    private String assumption(CallParams params) {
        return params.maxTokens() != null
                ? "max_tokens of the request (" + params.maxTokens() + ") per call: an upper bound; echo answers with its prompt"
                : defaultOutputTokens + " per call (dakora.estimate.output-tokens, no max_tokens given); echo answers with its prompt";
    }
}
