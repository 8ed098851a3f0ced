package dev.dakora.bench;

import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.model.PriceTable;
import dev.dakora.llm.domain.Cancellations;
import dev.dakora.llm.domain.EchoChatClient;
import dev.dakora.llm.domain.LimitPolicy;
import dev.dakora.llm.domain.LimitSettings;
import dev.dakora.llm.domain.ModelCallService;
import dev.dakora.llm.domain.ModelCaller;
import dev.dakora.llm.domain.ModelNames;
import dev.dakora.llm.domain.ProviderRouter;
import dev.dakora.llm.provider.LangchainChatClient;
import dev.dakora.llm.provider.ProviderAccess;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The online lane of {@link LaneSaving}: every call sent at once, each on its own virtual thread, through
 * the LLM worker's {@link ModelCallService} (langchain4j's OpenAI client, the built-in limits, retries and
 * the price table) to an OpenAI-compatible chat server.
 */
final class OnlineLaneRun {

    private OnlineLaneRun() {
    }

    static LaneTotals run(ProviderAccess access, PriceTable prices, List<ModelCallRequested> calls) throws Exception {
        long start = System.nanoTime();
        try (LangchainChatClient providers = new LangchainChatClient(access, Clock.systemUTC());
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            ModelCaller caller = new ModelCaller(new ProviderRouter(new EchoChatClient(Duration.ZERO), providers),
                    new LimitPolicy(LimitSettings.BUILT_IN, Map.of(), Map.of()), System::nanoTime,
                    ThreadLocalRandom.current());
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
            return LaneTotals.of(results, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
