package dev.dakora.llm.domain;

import dev.dakora.common.event.CallParams;
import dev.dakora.common.model.ModelName;
import dev.dakora.llm.provider.LangchainChatClient;
import dev.dakora.llm.provider.ProviderAccess;
import dev.dakora.llm.provider.ProviderSettings;
import dev.dakora.testsupport.FakeOpenAiProvider;
import dev.dakora.testsupport.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The last look at a try's permits is taken by the HTTP client the langchain4j providers use, right before
 * it hands the request to the JDK client: a permit that aged past send-within after the try started is
 * renewed there (against a fake OpenAI server; the ticker is moved by hand).
 */
class SendCheckOverHttpTest {

    private static final ModelName MODEL = new ModelName("fake/limited", "fake", "limited");

    private final ManualTicker ticker = new ManualTicker();
    private FakeOpenAiProvider server;
    private LangchainChatClient http;
    private SlowStore store;

    @BeforeEach
    void start() throws Exception {
        server = FakeOpenAiProvider.start();
        server.otherwise(Reply.ok("ok", 10, 5));
        http = new LangchainChatClient(new ProviderAccess(Map.of("fake", new ProviderSettings(server.baseUrl(), null)),
                name -> null), Clock.systemUTC());
        store = new SlowStore(new LocalPermitStore(ticker::nanoTime), ticker, Duration.ZERO, Duration.ofMillis(500));
    }

    @AfterEach
    void stop() {
        http.close();
        server.close();
    }

    /** The provider's client, after {@code aging} passed between the try's start and the request. */
    private ModelCaller caller(Duration aging) {
        ChatClient slowToBuild = new ChatClient() {
            @Override
            public Optional<String> prepare(ModelName model, Duration timeout) {
                return http.prepare(model, timeout);
            }

            @Override
            public ChatReply chat(ModelName model, String prompt, CallParams params, Duration timeout)
                    throws InterruptedException {
                ticker.advance(aging);
                return http.chat(model, prompt, params, timeout);
            }
        };
        LimitSettings limited = new LimitSettings(10, null, Duration.ofMinutes(1), 4, Duration.ofSeconds(30),
                Duration.ofSeconds(30), 1, null, null, null, null, null, null);
        return new ModelCaller(slowToBuild, new LimitPolicy(limited, Map.of(), Map.of()), store, ticker, new SplittableRandom(1));
    }

    @Test
    void should_renew_a_permit_that_aged_past_send_within_before_the_http_client_sends() throws Exception {
        CallOutcome outcome = caller(Duration.ofSeconds(2)).call(MODEL, "hello", CallParams.DEFAULTS, () -> false);

        assertThat(outcome.failure()).isNull();
        assertThat(server.requests()).hasSize(1);
        assertThat(store.grants).hasValue(1);
        assertThat(store.renewals).hasValue(1);
    }

    @Test
    void should_send_with_the_permit_it_has_when_it_is_fresh() throws Exception {
        CallOutcome outcome = caller(Duration.ofMillis(400)).call(MODEL, "hello", CallParams.DEFAULTS, () -> false);

        assertThat(outcome.failure()).isNull();
        assertThat(server.requests()).hasSize(1);
        assertThat(store.grants).hasValue(1);
        assertThat(store.renewals).hasValue(0);
    }

    @Test
    void should_send_a_request_made_outside_any_try_without_looking_for_permits() {
        ChatReply reply = http.chat(MODEL, "hello", CallParams.DEFAULTS, Duration.ofSeconds(30));

        assertThat(reply.text()).isEqualTo("ok");
        assertThat(server.requests()).hasSize(1);
        assertThat(store.grants).hasValue(0);
    }
}
