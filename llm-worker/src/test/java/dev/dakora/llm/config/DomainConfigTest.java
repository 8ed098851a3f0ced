package dev.dakora.llm.config;

import dev.dakora.llm.domain.LimitPolicy;
import dev.dakora.llm.domain.LimitSettings;
import dev.dakora.llm.domain.ModelCatalog;
import dev.dakora.common.model.ModelName;
import dev.dakora.llm.domain.ModelNames;
import dev.dakora.common.model.PriceTable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Binding of {@code dakora.llm.*} into the domain. */
class DomainConfigTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({LlmWorkerProperties.class, SharedLimitsProperties.class})
    @Import({DomainConfig.class, SharedLimitsConfig.class, CacheConfig.class})
    static class Wiring {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Wiring.class);

    @Test
    void should_bind_limits_by_default_provider_and_model_when_configured() {
        runner.withPropertyValues(
                "dakora.llm.limits.default.timeout=30s",
                "dakora.llm.limits.providers.openai.requests-per-window=500",
                "dakora.llm.limits.models.[openai/gpt-4o].requests-per-window=60",
                "dakora.llm.limits.models.[openai/gpt-4o].circuit-breaker.open-for=5s"
        ).run(context -> {
            LimitPolicy policy = context.getBean(LimitPolicy.class);
            LimitSettings gpt4o = policy.forModel(new ModelName("openai/gpt-4o", "openai", "gpt-4o"));
            LimitSettings mini = policy.forModel(new ModelName("gpt-4o-mini", "openai", "gpt-4o-mini"));
            assertThat(gpt4o.requestsPerWindow()).isEqualTo(60);
            assertThat(gpt4o.timeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(gpt4o.circuitBreaker().openFor()).isEqualTo(Duration.ofSeconds(5));
            assertThat(gpt4o.circuitBreaker().slidingWindowSize()).isEqualTo(20);
            assertThat(mini.requestsPerWindow()).isEqualTo(500);
        });
    }

    @Test
    void should_add_configured_prices_and_providers_when_set() {
        runner.withPropertyValues(
                "dakora.llm.providers.vllm.base-url=http://localhost:8000/v1",
                "dakora.llm.prices.[vllm/llama-3-8b].input-per-million=0.05",
                "dakora.llm.prices.[vllm/llama-3-8b].output-per-million=0.10"
        ).run(context -> {
            ModelName llama = context.getBean(ModelNames.class).parse("vllm/llama-3-8b");
            assertThat(context.getBean(PriceTable.class).cost(llama, 1_000_000, 1_000_000).usd())
                    .isEqualByComparingTo(new BigDecimal("0.15"));
            assertThat(context.getBean(ModelCatalog.class).entries())
                    .anySatisfy(entry -> assertThat(entry.model()).isEqualTo("vllm/llama-3-8b"))
                    .anySatisfy(entry -> assertThat(entry.model()).isEqualTo("echo"));
        });
    }

    @Test
    void should_refuse_to_start_naming_the_setting_when_a_limit_is_invalid() {
        runner.withPropertyValues("dakora.llm.limits.default.max-attempts=0")
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessage("dakora.llm.limits.default: max-attempts must be at least 1"));
    }
}
