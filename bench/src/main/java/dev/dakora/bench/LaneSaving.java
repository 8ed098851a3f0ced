package dev.dakora.bench;

import dev.dakora.common.event.CallLane;
import dev.dakora.common.event.CallParams;
import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.model.BatchDiscounts;
import dev.dakora.common.model.PriceFile;
import dev.dakora.common.model.PriceTable;
import dev.dakora.llm.domain.Cancellations;
import dev.dakora.llm.domain.EchoChatClient;
import dev.dakora.llm.domain.LimitPolicy;
import dev.dakora.llm.domain.LimitSettings;
import dev.dakora.llm.domain.ModelCallService;
import dev.dakora.llm.domain.ModelCaller;
import dev.dakora.llm.domain.ModelNames;
import dev.dakora.llm.domain.ProviderRouter;
import dev.dakora.llm.lane.BatchLane;
import dev.dakora.llm.lane.LaneResults;
import dev.dakora.llm.lane.LaneRouting;
import dev.dakora.llm.lane.LaneSettings;
import dev.dakora.llm.provider.LangchainChatClient;
import dev.dakora.llm.provider.ProviderAccess;
import dev.dakora.llm.provider.ProviderBatchClients;
import dev.dakora.llm.provider.ProviderSettings;
import dev.dakora.testsupport.FakeOpenAiBatches;
import dev.dakora.testsupport.FakeOpenAiProvider;
import dev.dakora.testsupport.Reply;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The batch lane's saving, priced: the same N calls of one batch sent through the online lane (the worker's
 * {@link ModelCallService}: langchain4j's OpenAI client, limits, retries, the price table) to the fake
 * OpenAI chat server, and through the batch lane ({@link BatchLane}: JSON Lines upload, batch, polls,
 * result files, the batch discount) to the fake OpenAI Batch API. Both fakes report the same usage per
 * prompt (its length in characters as input tokens, 5 output tokens), so the two totals differ by pricing
 * alone. Prints the tokens and the total cost of each lane and the saving.
 *
 * <p>Arguments: {@code [calls, default 1000] [model, default openai/gpt-4o-mini]}.
 */
public final class LaneSaving {

    private LaneSaving() {
    }

    /** What one lane produced. */
    record Totals(int succeeded, long tokensIn, long tokensOut, BigDecimal cost, Duration took) {
        static Totals of(List<ModelCallCompleted> results, Duration took) {
            long ok = results.stream().filter(r -> r.status() == CallStatus.SUCCEEDED).count();
            return new Totals((int) ok, results.stream().mapToLong(ModelCallCompleted::tokensIn).sum(),
                    results.stream().mapToLong(ModelCallCompleted::tokensOut).sum(),
                    results.stream().map(ModelCallCompleted::costUsd).reduce(BigDecimal.ZERO, BigDecimal::add), took);
        }
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
            Totals online = online(chat.baseUrl(), key, prices, batch);
            Totals lane = batchLane(batches.baseUrl(), key, prices, batch);
            print("online", online);
            print("batch lane", lane);
            BigDecimal saved = online.cost().subtract(lane.cost());
            System.out.printf("%d calls of %s, %d provider batch(es): saving %s USD, %s%% of the online cost%n", calls, model,
                    batches.created(), saved.toPlainString(), online.cost().signum() == 0 ? "n/a"
                            : saved.multiply(BigDecimal.valueOf(100)).divide(online.cost(), 2, RoundingMode.HALF_UP).toPlainString());
        }
    }

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

    private static Totals online(String url, String key, PriceTable prices, List<ModelCallRequested> calls) throws Exception {
        ProviderAccess access = new ProviderAccess(Map.of("openai", new ProviderSettings(url, null)), Map.of("OPENAI_API_KEY", key)::get);
        long start = System.nanoTime();
        try (LangchainChatClient providers = new LangchainChatClient(access, Clock.systemUTC());
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            ModelCaller caller = new ModelCaller(new ProviderRouter(new EchoChatClient(Duration.ZERO), providers),
                    new LimitPolicy(LimitSettings.BUILT_IN, Map.of(), Map.of()), System::nanoTime, ThreadLocalRandom.current());
            ModelCallService service = new ModelCallService(new ModelNames(Set.of()), caller, prices,
                    new Cancellations(Duration.ofHours(1), Clock.systemUTC()), Clock.systemUTC());
            List<Future<ModelCallCompleted>> sent = new ArrayList<>();
            for (ModelCallRequested call : calls) {
                sent.add(threads.submit(() -> service.handle(call)));
            }
            List<ModelCallCompleted> results = new ArrayList<>();
            for (Future<ModelCallCompleted> result : sent) {
                results.add(result.get());
            }
            return Totals.of(results, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static Totals batchLane(String url, String key, PriceTable prices, List<ModelCallRequested> calls) throws Exception {
        ProviderAccess access = new ProviderAccess(Map.of("openai", new ProviderSettings(url, null)), Map.of("OPENAI_API_KEY", key)::get);
        List<ModelCallCompleted> published = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        try (BatchLane lane = new BatchLane(new BenchLaneStore(),
                new LaneRouting(new ModelNames(Set.of()), ProviderBatchClients.of(access, Duration.ofMinutes(1), 1024), access::problem),
                new LaneResults(prices, BatchDiscounts.shipped(), Clock.systemUTC()), published::add,
                new Cancellations(Duration.ofHours(1), Clock.systemUTC()),
                new LaneSettings(Duration.ofMillis(20), 50_000, Duration.ZERO), Clock.systemUTC())) {
            lane.assigned(List.of(0));
            for (ModelCallRequested call : calls) {
                lane.hold(0, call);
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (published.size() < calls.size()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the batch lane published " + published.size() + " of " + calls.size() + " in 5 minutes");
                }
                lane.tick();
                Thread.sleep(20);
            }
            return Totals.of(published, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static void print(String lane, Totals totals) {
        System.out.printf("%-10s %d succeeded, %,d tokens in, %,d tokens out, cost %s USD (%d ms)%n", lane, totals.succeeded(),
                totals.tokensIn(), totals.tokensOut(), totals.cost().toPlainString(), totals.took().toMillis());
    }
}
