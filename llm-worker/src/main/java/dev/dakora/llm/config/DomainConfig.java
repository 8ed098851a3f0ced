package dev.dakora.llm.config;

import dev.dakora.llm.domain.Cancellations;
import dev.dakora.llm.domain.ChatClient;
import dev.dakora.llm.domain.EchoChatClient;
import dev.dakora.llm.domain.LimitPolicy;
import dev.dakora.llm.domain.ModelCallService;
import dev.dakora.llm.domain.ModelCatalog;
import dev.dakora.llm.domain.ModelCaller;
import dev.dakora.llm.domain.ModelNames;
import dev.dakora.llm.domain.PermitStore;
import dev.dakora.llm.domain.Ticker;
import dev.dakora.common.model.Price;
import dev.dakora.common.model.PriceFile;
import dev.dakora.common.model.PriceTable;
import dev.dakora.llm.domain.ProviderRouter;
import dev.dakora.llm.domain.ResponseCache;
import dev.dakora.llm.provider.LangchainChatClient;
import dev.dakora.llm.provider.ProviderAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/** Wires the plain-Java domain of the worker from {@link LlmWorkerProperties}. */
@Configuration(proxyBeanMethods = false)
class DomainConfig {

    @Bean
    Clock llmClock() {
        return Clock.systemUTC();
    }

    /** Times the rate limits and adaptive concurrency, and their waits. */
    @Bean
    Ticker llmTicker() {
        return Ticker.SYSTEM;
    }

    @Bean
    PriceTable priceTable(LlmWorkerProperties properties) {
        Map<String, Price> overrides = properties.prices().entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> new Price(e.getValue().inputPerMillion(), e.getValue().outputPerMillion())));
        return PriceFile.shipped().withOverrides(overrides);
    }

    @Bean
    ModelNames modelNames(LlmWorkerProperties properties) {
        Set<String> configured = new HashSet<>(properties.providers().keySet());
        return new ModelNames(configured);
    }

    @Bean
    LimitPolicy limitPolicy(LlmWorkerProperties properties) {
        LlmWorkerProperties.Limits limits = properties.limits();
        return new LimitPolicy(limits.defaults(), limits.providers(), limits.models());
    }

    @Bean
    ModelCatalog modelCatalog(ModelNames modelNames, PriceTable priceTable, LimitPolicy limitPolicy) {
        return new ModelCatalog(modelNames, priceTable, limitPolicy);
    }

    @Bean(destroyMethod = "close")
    LangchainChatClient langchainChatClient(LlmWorkerProperties properties, Environment environment, Clock llmClock) {
        return new LangchainChatClient(new ProviderAccess(properties.providers(), environment::getProperty), llmClock);
    }

    @Bean
    Cancellations cancellations(LlmWorkerProperties properties, Clock llmClock) {
        return new Cancellations(properties.kafka().cancelRetention(), llmClock);
    }

    @Bean
    ModelCallService modelCallService(LlmWorkerProperties properties, ModelNames modelNames, LimitPolicy limitPolicy,
                                      LangchainChatClient langchainChatClient, PriceTable priceTable,
                                      Cancellations cancellations, Clock llmClock, Ticker llmTicker,
                                      PermitStore permitStore,
                                      ResponseCache responseCache) {
        ChatClient client = new ProviderRouter(new EchoChatClient(properties.echo().latency()), langchainChatClient);
        ModelCaller caller = new ModelCaller(client, limitPolicy, permitStore, llmTicker, ThreadLocalRandom.current());
        return new ModelCallService(modelNames, caller, priceTable, cancellations, llmClock, responseCache);
    }
}
