package dev.dakora.llm.lane;

import dev.dakora.common.event.CallLane;
import dev.dakora.common.event.CallParams;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.model.BatchDiscounts;
import dev.dakora.common.model.PriceFile;
import dev.dakora.llm.domain.Cancellations;
import dev.dakora.llm.domain.ModelNames;
import dev.dakora.llm.provider.ProviderAccess;
import dev.dakora.llm.provider.ProviderBatchClients;
import dev.dakora.llm.provider.ProviderSettings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A batch lane wired as in production over a store and the fake batch servers, its results collected in a list. */
public final class LaneRig {

    static final String OPENAI_KEY = "sk-test-" + java.util.UUID.randomUUID();
    static final String ANTHROPIC_KEY = "sk-ant-test-" + java.util.UUID.randomUUID();
    static final LaneSettings FAST = new LaneSettings(Duration.ofMillis(10), 100, Duration.ZERO);
    /** A base URL nothing listens on: the provider a rig does not use. */
    static final String NOWHERE = "http://127.0.0.1:9/v1";

    final List<ModelCallCompleted> published = new CopyOnWriteArrayList<>();
    final Cancellations cancellations = new Cancellations(Duration.ofHours(1), Clock.systemUTC());
    public final BatchLane lane;

    LaneRig(LaneStore store, String openAiUrl, String anthropicUrl, LaneSettings settings, Map<String, String> environment) {
        ProviderAccess access = new ProviderAccess(Map.of("openai", new ProviderSettings(openAiUrl, null),
                "anthropic", new ProviderSettings(anthropicUrl, null)), environment::get);
        LaneRouting routing = new LaneRouting(new ModelNames(Set.of()),
                ProviderBatchClients.of(access, Duration.ofSeconds(30), 1024), access::problem);
        lane = new BatchLane(store, routing, new LaneResults(PriceFile.shipped(), BatchDiscounts.shipped(), Clock.systemUTC()),
                published::add, cancellations, settings, Clock.systemUTC());
    }

    public LaneRig(LaneStore store, String openAiUrl, String anthropicUrl) {
        this(store, openAiUrl, anthropicUrl, FAST, Map.of("OPENAI_API_KEY", OPENAI_KEY, "ANTHROPIC_API_KEY", ANTHROPIC_KEY));
    }

    /** A rig on the OpenAI fake at {@code openAiUrl}, owning partition 0. */
    static LaneRig onOpenAi(LaneStore store, String openAiUrl) throws InterruptedException {
        LaneRig rig = new LaneRig(store, openAiUrl, NOWHERE);
        rig.lane.assigned(List.of(0));
        return rig;
    }

    /** A rig on the Anthropic fake at {@code anthropicUrl}, owning {@code partition}. */
    static LaneRig onAnthropic(LaneStore store, String anthropicUrl, int partition) throws InterruptedException {
        LaneRig rig = new LaneRig(store, NOWHERE, anthropicUrl);
        rig.lane.assigned(List.of(partition));
        return rig;
    }

    /** Hands the lane every call of {@code calls}, in order, on {@code partition}. */
    void holdAll(int partition, List<ModelCallRequested> calls) throws InterruptedException {
        for (ModelCallRequested call : calls) {
            lane.hold(partition, call);
        }
    }

    public static ModelCallRequested call(String job, String model, String prompt) {
        return call(job, model, prompt, CallLane.with(CallParams.DEFAULTS, CallLane.BATCH));
    }

    static ModelCallRequested call(String job, String model, String prompt, CallParams params) {
        return new ModelCallRequested(ModelCallRequested.callId(job, model, 0), job, "batch-1", 0, 0, "greeting", "1.0.0",
                model, prompt, params, Map.of("name", "Ada"), Instant.now());
    }

    /** Ticks the lane until {@code done} holds of the published results (at most 30 s). */
    void tickUntil(Predicate<List<ModelCallCompleted>> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.test(published)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the lane did not get there within 30 s; published: " + published);
            }
            lane.tick();
            Thread.sleep(5);
        }
    }

    ModelCallCompleted result(String callId) {
        return published.stream().filter(result -> result.callId().equals(callId)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + callId + " in " + published));
    }
}
