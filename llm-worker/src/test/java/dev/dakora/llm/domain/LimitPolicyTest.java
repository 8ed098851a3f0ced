package dev.dakora.llm.domain;

import dev.dakora.common.model.ModelName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LimitPolicyTest {

    private static LimitSettings limits(Integer rpm, Duration timeout, Integer maxAttempts) {
        return new LimitSettings(rpm, null, null, null, null, timeout, maxAttempts, null, null, null, null, null, null);
    }

    @Test
    void should_layer_model_over_provider_over_default_when_resolving_a_model() {
        // given
        LimitPolicy policy = new LimitPolicy(limits(null, Duration.ofSeconds(60), null),
                Map.of("openai", limits(500, null, 5)),
                Map.of("openai/gpt-4o", limits(60, null, null), "claude-3-opus", limits(10, null, null)));

        // when
        LimitSettings gpt4o = policy.forModel(new ModelName("gpt-4o", "openai", "gpt-4o"));
        LimitSettings mini = policy.forModel(new ModelName("gpt-4o-mini", "openai", "gpt-4o-mini"));
        LimitSettings opus = policy.forModel(new ModelName("claude-3-opus", "anthropic", "claude-3-opus"));
        LimitSettings echo = policy.forModel(new ModelName("echo", "echo", "echo"));

        // then
        assertThat(gpt4o.requestsPerWindow()).isEqualTo(60);
        assertThat(gpt4o.maxAttempts()).isEqualTo(5);
        assertThat(gpt4o.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(mini.requestsPerWindow()).isEqualTo(500);
        assertThat(opus.requestsPerWindow()).isEqualTo(10);
        assertThat(echo.requestsPerWindow()).isNull();
        assertThat(echo.maxAttempts()).isEqualTo(LimitSettings.BUILT_IN.maxAttempts());
        assertThat(echo.window()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void should_default_to_a_120_second_timeout_when_nothing_is_configured() {
        LimitPolicy policy = new LimitPolicy(null, null, null);

        LimitSettings settings = policy.forModel(new ModelName("gpt-4o", "openai", "gpt-4o"));

        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.circuitBreaker()).isEqualTo(CircuitSettings.BUILT_IN);
    }

    @Test
    void should_name_the_setting_when_a_limit_cannot_work() {
        assertThatThrownBy(() -> new LimitPolicy(null, Map.of("openai", limits(0, null, null)), Map.of()))
                .hasMessage("dakora.llm.limits.providers.openai: requests-per-window must be above 0");
        assertThatThrownBy(() -> new LimitPolicy(limits(null, null, 0), null, null))
                .hasMessage("dakora.llm.limits.default: max-attempts must be at least 1");
    }
}
