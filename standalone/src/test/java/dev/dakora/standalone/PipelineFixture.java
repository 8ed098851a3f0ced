package dev.dakora.standalone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.UUID;

import dev.dakora.testsupport.FakeOpenAiProvider;
import dev.dakora.testsupport.Reply;
import org.springframework.util.FileSystemUtils;

/**
 * One standalone with every role and a fake OpenAI-compatible provider, shared by the end-to-end tests
 * of a test class. Providers: {@code fake/*} (accepted key), {@code revoked/*} (the same server with a
 * key it refuses: 401), {@code slow/*} (accepted key, {@code slow...} models answer after 100 ms, two
 * calls at a time per model). The LLM worker takes at most 10 records per poll and runs 16 calls at a
 * time. Keys are generated at run time. Prices: {@code fake/alpha} 2 and 8 USD
 * per million input and output tokens, {@code fake/beta} and {@code slow/slow-one} 1 and 4.
 */
final class PipelineFixture implements AutoCloseable {

    static final String ALPHA = "fake/alpha";
    static final String BETA = "fake/beta";
    static final String REVOKED = "revoked/alpha";
    static final String SLOW = "slow/slow-one";
    static final Duration SLOW_ANSWER = Duration.ofMillis(100);

    private final Path dataDir;
    private final FakeOpenAiProvider provider;
    private final Standalone standalone;
    private final Http http;

    private PipelineFixture(Path dataDir, FakeOpenAiProvider provider, Standalone standalone) {
        this.dataDir = dataDir;
        this.provider = provider;
        this.standalone = standalone;
        this.http = new Http(standalone.webPort().orElseThrow(), Map.of());
    }

    static PipelineFixture start() throws Exception {
        return start(List.of());
    }

    /** @param extraArgs further arguments of the standalone, after the fixture's own */
    static PipelineFixture start(List<String> extraArgs) throws Exception {
        Path dataDir = Files.createTempDirectory("dakora-e2e");
        String key = "test-" + UUID.randomUUID();
        FakeOpenAiProvider provider = FakeOpenAiProvider.start().requireKey(key).otherwiseFor(request ->
                request.model().startsWith("slow") ? Reply.answerFrom(request.model()).after(SLOW_ANSWER) : Reply.answerFrom(request.model()));
        try {
            StandaloneSettings settings = FreePorts.settings(dataDir.resolve("data"), dataDir.resolve("prompts"));
            List<String> args = List.of(
                    "--server.port=0",
                    "--dakora.llm.providers.fake.base-url=" + provider.baseUrl(),
                    "--dakora.llm.providers.fake.api-key-env=DAKORA_E2E_FAKE_KEY",
                    "--dakora.llm.providers.slow.base-url=" + provider.baseUrl(),
                    "--dakora.llm.providers.slow.api-key-env=DAKORA_E2E_FAKE_KEY",
                    "--dakora.llm.providers.revoked.base-url=" + provider.baseUrl(),
                    "--dakora.llm.providers.revoked.api-key-env=DAKORA_E2E_REVOKED_KEY",
                    "--DAKORA_E2E_FAKE_KEY=" + key,
                    "--DAKORA_E2E_REVOKED_KEY=test-" + UUID.randomUUID(),
                    "--dakora.llm.limits.providers.slow.max-concurrent=2",
                    // few calls taken and running at a time, and a short wait for them when stopped:
                    // stopping the worker mid-batch leaves most of a batch of slow calls unsent
                    "--dakora.llm.kafka.max-poll-records=10",
                    "--dakora.llm.kafka.max-in-flight=16",
                    "--dakora.llm.kafka.revoke-grace=500ms",
                    "--dakora.llm.prices[" + ALPHA + "].input-per-million=2.00",
                    "--dakora.llm.prices[" + ALPHA + "].output-per-million=8.00",
                    "--dakora.llm.prices[" + BETA + "].input-per-million=1.00",
                    "--dakora.llm.prices[" + BETA + "].output-per-million=4.00",
                    "--dakora.llm.prices[" + SLOW + "].input-per-million=1.00",
                    "--dakora.llm.prices[" + SLOW + "].output-per-million=4.00");
            List<String> allArgs = new ArrayList<>(args);
            allArgs.addAll(extraArgs);
            Standalone standalone = Standalone.start(settings, Roles.all(), allArgs.toArray(String[]::new));
            return new PipelineFixture(dataDir, provider, standalone);
        } catch (Exception | Error e) {
            provider.close();
            throw e;
        }
    }

    Http http() {
        return http;
    }

    FakeOpenAiProvider provider() {
        return provider;
    }

    Standalone standalone() {
        return standalone;
    }

    @Override
    public void close() {
        try {
            standalone.close();
        } finally {
            provider.close();
            FileSystemUtils.deleteRecursively(dataDir.toFile());
        }
    }
}
