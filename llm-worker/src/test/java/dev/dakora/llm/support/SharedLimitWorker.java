package dev.dakora.llm.support;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.model.PriceFile;
import dev.dakora.common.event.CallParams;
import dev.dakora.common.model.ModelName;
import dev.dakora.llm.domain.Cancellations;
import dev.dakora.llm.domain.ChatClient;
import dev.dakora.llm.domain.ChatReply;
import dev.dakora.llm.domain.EchoChatClient;
import dev.dakora.llm.domain.LimitPolicy;
import dev.dakora.llm.domain.LimitSettings;
import dev.dakora.llm.domain.ModelCallService;
import dev.dakora.llm.domain.ModelCaller;
import dev.dakora.llm.domain.ModelNames;
import dev.dakora.llm.domain.ProviderRouter;
import dev.dakora.llm.domain.SendCheck;
import dev.dakora.llm.persistence.PostgresPermitStore;
import dev.dakora.llm.provider.LangchainChatClient;
import dev.dakora.llm.provider.ProviderAccess;
import dev.dakora.llm.provider.ProviderSettings;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An LLM worker's call path in a process of its own: the production domain (limits, adaptive concurrency,
 * retries, langchain4j's OpenAI client) with its permits in the shared PostgreSQL store, calling one
 * OpenAI-compatible model ({@code fake/limited}; {@code fake/warmup}, unlimited, warms the process up first).
 * Prints "ready", waits for a line on stdin, sends its calls all at once (each
 * waits for its permit), then prints "done succeeded=N failed=N cpu-ms=N renewals=N refunds=N". Each prompt
 * carries the moment (wall clock) its permit was asked for (or last renewed); the prompt is written after a
 * look at the permit's age ({@link SendCheck#beforeSend()}, as the HTTP client does again right before
 * sending), so the stamp is the permit's unless that last look renewed it once more (counted in renewals).
 * Arguments: JDBC URL, base URL, calls, requests per window, window (ms), margin (ms), max-concurrent.
 */
public final class SharedLimitWorker {

    private SharedLimitWorker() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int calls = Integer.parseInt(args[2]);
        LimitSettings defaults = new LimitSettings(null, null, null, Integer.parseInt(args[6]), Duration.ofMinutes(30),
                Duration.ofSeconds(60), 3, Duration.ofMillis(200), Duration.ofSeconds(5), 0.2, Duration.ofSeconds(60), null, null);
        LimitSettings limited = new LimitSettings(Integer.parseInt(args[3]), null, Duration.ofMillis(Long.parseLong(args[4])),
                null, null, null, null, null, null, null, null, null, null);
        ProviderAccess access = new ProviderAccess(Map.of("fake", new ProviderSettings(args[1], null)), name -> null);
        try (LangchainChatClient providers = new LangchainChatClient(access, Clock.systemUTC());
             PostgresPermitStore store = new PostgresPermitStore(url, "postgres", "postgres", 4,
                     Duration.ofMillis(Long.parseLong(args[5])), null)) {
            CountingPermitStore permits = new CountingPermitStore(store, System::currentTimeMillis) {
                @Override
                protected void permitted(long askedAt) {
                    ASKED_AT.set(askedAt);
                }
            };
            ModelCaller caller = new ModelCaller(stamped(new ProviderRouter(new EchoChatClient(Duration.ZERO), providers)),
                    new LimitPolicy(defaults, Map.of(), Map.of("fake/limited", limited)), permits, System::nanoTime, ThreadLocalRandom.current());
            ModelCallService service = new ModelCallService(new ModelNames(Set.of("fake")), caller, PriceFile.shipped(),
                    new Cancellations(Duration.ofHours(1), Clock.systemUTC()), Clock.systemUTC());
            send(service, "fake/warmup", 20);
            System.out.println("ready");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in)).readLine();
            report(send(service, "fake/limited", calls), permits);
        }
    }

    /**
     * The moment the try's permit was asked for: set on the thread that asked (the try's thread inherits it,
     * and sets it itself when it replaces a permit).
     */
    private static final InheritableThreadLocal<Long> ASKED_AT = new InheritableThreadLocal<>();

    /** Adds to each prompt the moment its permit was asked for, once the permit's age was looked at. */
    private static ChatClient stamped(ChatClient client) {
        return new ChatClient() {
            @Override
            public Optional<String> prepare(ModelName model, Duration timeout) {
                return client.prepare(model, timeout);
            }

            @Override
            public ChatReply chat(ModelName model, String prompt, CallParams params, Duration timeout)
                    throws InterruptedException {
                SendCheck.beforeSend();
                return client.chat(model, prompt + " sent-at-ms=" + ASKED_AT.get(), params, timeout);
            }
        };
    }

    private static List<Future<ModelCallCompleted>> send(ModelCallService service, String model, int calls) {
        long pid = ProcessHandle.current().pid();
        List<Future<ModelCallCompleted>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < calls; i++) {
                String job = "job-" + pid + "-" + model + "-" + i;
                results.add(threads.submit(() -> service.handle(Calls.request(job, model, "prompt " + job))));
            }
        }
        return results;
    }

    private static void report(List<Future<ModelCallCompleted>> results, CountingPermitStore permits) throws Exception {
        int succeeded = 0;
        int failed = 0;
        for (Future<ModelCallCompleted> result : results) {
            if (result.get().status() == CallStatus.SUCCEEDED) {
                succeeded++;
            } else {
                failed++;
                System.out.println("failed: " + result.get().error());
            }
        }
        long cpuMillis = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
        System.out.println("done succeeded=" + succeeded + " failed=" + failed + " cpu-ms=" + cpuMillis
                + " renewals=" + permits.renewals.get() + " refunds=" + permits.refunds.get());
        System.out.flush();
    }
}
