package dev.dakora.bench;

import dev.dakora.common.event.CallLane;
import dev.dakora.common.event.CallParams;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.model.PriceFile;
import dev.dakora.common.model.PriceTable;
import dev.dakora.llm.provider.ProviderAccess;
import dev.dakora.llm.provider.ProviderSettings;
import dev.dakora.testsupport.FakeOpenAiBatches;
import dev.dakora.testsupport.FakeOpenAiProvider;
import dev.dakora.testsupport.Reply;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The batch lane's saving, priced: the same N calls of one batch sent through the online lane
 * ({@link OnlineLaneRun}) to the fake OpenAI chat server, and through the batch lane ({@link BatchLaneRun})
 * to the fake OpenAI Batch API. Both fakes report the same usage per prompt (its length in characters as
 * input tokens, 5 output tokens), so the two totals differ by pricing alone. Prints the tokens and the
 * total cost of each lane and the saving.
 *
 * <p>Arguments: {@code [calls, default 1000] [model, default openai/gpt-4o-mini]}.
 */
public final class LaneSaving {

    private LaneSaving() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String model = args.length > 1 ? args[1] : "openai/gpt-4o-mini";
        String key = "bench-" + UUID.randomUUID();
        PriceTable prices = PriceFile.shipped();
        List<ModelCallRequested> batch = calls(calls, model);
        try (FakeOpenAiProvider chat = FakeOpenAiProvider.start().withoutRecording()
                .otherwiseFor(request -> Reply.ok("answer: " + request.prompt(), request.prompt().length(), 5));
             FakeOpenAiBatches batches = new FakeOpenAiBatches()) {
            LaneTotals online = OnlineLaneRun.run(access(chat.baseUrl(), key), prices, batch);
            LaneTotals lane = BatchLaneRun.run(access(batches.baseUrl(), key), prices, batch);
            System.out.println(online.line("online"));
            System.out.println(lane.line("batch lane"));
            BigDecimal saved = online.cost().subtract(lane.cost());
            System.out.printf("%d calls of %s, %d provider batch(es): saving %s USD, %s%% of the online cost%n", calls, model,
                    batches.created(), saved.toPlainString(), online.cost().signum() == 0 ? "n/a"
                            : saved.multiply(BigDecimal.valueOf(100)).divide(online.cost(), 2, RoundingMode.HALF_UP).toPlainString());
        }
    }

    /** One batch's calls: a review to summarise per row, 60 to 260 characters long, all for the batch lane. */
    private static List<ModelCallRequested> calls(int count, String model) {
        List<ModelCallRequested> calls = new ArrayList<>(count);
        CallParams params = CallLane.with(CallParams.DEFAULTS, CallLane.BATCH);
        for (int row = 0; row < count; row++) {
            String job = "lane-saving-" + row;
            String prompt = "Summarise customer review " + row + " in one sentence: " + "the parcel came late but intact. ".repeat(1 + row % 7);
            calls.add(new ModelCallRequested(ModelCallRequested.callId(job, model, 0), job, "lane-saving", row, 0, "review",
                    "1.0.0", model, prompt, params, Map.of("row", row), Instant.now()));
        }
        return calls;
    }

    /** The OpenAI provider at {@code url}, with {@code key} as its API key. */
    private static ProviderAccess access(String url, String key) {
        return new ProviderAccess(Map.of("openai", new ProviderSettings(url, null)), Map.of("OPENAI_API_KEY", key)::get);
    }
}
