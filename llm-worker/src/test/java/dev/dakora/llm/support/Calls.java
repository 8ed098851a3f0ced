package dev.dakora.llm.support;

import dev.dakora.common.event.CallParams;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.model.PriceFile;
import dev.dakora.llm.domain.Cancellations;
import dev.dakora.llm.domain.ChatClient;
import dev.dakora.llm.domain.EchoChatClient;
import dev.dakora.llm.domain.LimitPolicy;
import dev.dakora.llm.domain.LimitSettings;
import dev.dakora.llm.domain.ModelCallService;
import dev.dakora.llm.domain.ModelCaller;
import dev.dakora.llm.domain.ModelNames;
import dev.dakora.llm.domain.ProviderRouter;
import dev.dakora.llm.provider.LangchainChatClient;
import dev.dakora.llm.provider.ProviderAccess;
import dev.dakora.llm.provider.ProviderSettings;
import dev.dakora.testsupport.FakeOpenAiProvider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Builds requests and a worker domain wired as in production, pointed at a fake OpenAI server. */
public final class Calls {

    private Calls() {
    }

    public static ModelCallRequested request(String jobId, String model, String prompt) {
        return request(jobId, model, prompt, 0);
    }

    public static ModelCallRequested request(String jobId, String model, String prompt, int sample) {
        return new ModelCallRequested(ModelCallRequested.callId(jobId, model, sample), jobId, null, null, sample,
                "greeting", "1.0.0", model, prompt, CallParams.DEFAULTS, Map.of("name", "Ada"), Instant.now());
    }

    /** A key made up at run time: the fake server accepts anything. */
    public static String generatedKey() {
        return "test-" + UUID.randomUUID();
    }

    /** A worker whose OpenAI provider is the fake server, with the given limits over fast test defaults. */
    public static Worker worker(FakeOpenAiProvider server, Map<String, String> environment, LimitSettings limits) {
        ProviderAccess access = new ProviderAccess(
                Map.of("openai", new ProviderSettings(server.baseUrl(), null)), environment::get);
        LangchainChatClient providers = new LangchainChatClient(access, Clock.systemUTC());
        ChatClient client = new ProviderRouter(new EchoChatClient(Duration.ZERO), providers);
        LimitPolicy policy = new LimitPolicy(FAST.overriddenBy(limits), Map.of(), Map.of());
        ModelCaller caller = new ModelCaller(client, policy, System::nanoTime, ThreadLocalRandom.current());
        Cancellations cancellations = new Cancellations(Duration.ofHours(1), Clock.systemUTC());
        ModelCallService service = new ModelCallService(new ModelNames(Set.of()), caller, PriceFile.shipped(),
                cancellations, Clock.systemUTC());
        return new Worker(service, caller, cancellations, providers);
    }

    /** Short backoffs and timeouts so retries do not slow the tests. */
    public static final LimitSettings FAST = new LimitSettings(null, null, null, null, Duration.ofSeconds(30),
            Duration.ofSeconds(5), 3, Duration.ofMillis(50), Duration.ofMillis(200), 0.2, Duration.ofSeconds(5), null, null);

    public static LimitSettings none() {
        return new LimitSettings(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The pieces of a test worker. */
    public record Worker(ModelCallService service, ModelCaller caller, Cancellations cancellations,
                         LangchainChatClient providers) implements AutoCloseable {
        @Override
        public void close() {
            providers.close();
        }
    }
}
