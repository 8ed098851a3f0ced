package dev.dakora.llm.domain;

import dev.dakora.common.event.CallParams;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.model.PriceFile;
import dev.dakora.llm.support.Calls;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The time of a response cache hit through {@link ModelCallService#handle}: name resolution, the
 * cancellation check, the key's SHA-256 over a 2,000-character prompt, the lookup and the result. Not part
 * of the build; run with {@code java -cp <test classpath> dev.dakora.llm.domain.CacheHitBenchmark [hits]}.
 */
public final class CacheHitBenchmark {

    private CacheHitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int hits = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        ModelCallServiceTest.ScriptedClient provider = new ModelCallServiceTest.ScriptedClient();
        ChatClient client = new ProviderRouter(new EchoChatClient(Duration.ZERO), provider);
        ModelCaller caller = new ModelCaller(client, new LimitPolicy(Calls.FAST.overriddenBy(Calls.none()), Map.of(), Map.of()),
                System::nanoTime, new SplittableRandom(1));
        ModelCallService service = new ModelCallService(new ModelNames(Set.of()), caller, PriceFile.shipped(),
                new Cancellations(Duration.ofHours(1), Clock.systemUTC()), Clock.systemUTC(),
                ResponseCache.of(Duration.ofHours(1), 10_000_000, System::nanoTime));
        String prompt = "Summarise the following text. ".repeat(67);
        CallParams params = new CallParams(0.2, 256, null, Map.of("cache", true));
        ModelCallRequested request = new ModelCallRequested("job:openai/gpt-4o-mini:0", "job", null, null, 0, "t", "1.0.0",
                "openai/gpt-4o-mini", prompt, params, Map.of("name", "Ada"), Instant.now());
        service.handle(request);
        long[] nanosPerHit = new long[5];
        for (int run = -3; run < nanosPerHit.length; run++) {
            long start = System.nanoTime();
            for (int i = 0; i < hits; i++) {
                ModelCallCompleted result = service.handle(request);
                if (!result.cached()) {
                    throw new IllegalStateException("expected a cache hit");
                }
            }
            long perHit = (System.nanoTime() - start) / hits;
            if (run >= 0) {
                nanosPerHit[run] = perHit;
            }
            System.out.printf("%s %d hits, %d ns per hit%n", run < 0 ? "warm-up" : "run", hits, perHit);
        }
        Arrays.sort(nanosPerHit);
        System.out.printf("median %d ns per hit; provider requests: %d%n", nanosPerHit[nanosPerHit.length / 2], provider.sent.get());
    }
}
