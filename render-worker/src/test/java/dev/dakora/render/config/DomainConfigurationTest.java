package dev.dakora.render.config;

import dev.dakora.common.event.RenderCompleted;
import dev.dakora.common.event.RenderFailed;
import dev.dakora.render.domain.JobRenderer;
import dev.dakora.render.support.Jobs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DomainConfigurationTest {

    private static final String NESTED_LOOPS = "{% for i in range(8) %}{% for j in range(8) %}x{% endfor %}{% endfor %}";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, DomainConfiguration.class);

    @Test
    void should_render_with_the_default_limits_when_none_are_configured() {
        runner.run(context -> {
            // given
            JobRenderer jobs = context.getBean(JobRenderer.class);

            // when
            var outcome = jobs.render(Jobs.withTemplate("job-1", NESTED_LOOPS, Map.of(), "echo"));

            // then
            assertThat(outcome.event()).isInstanceOf(RenderCompleted.class);
            assertThat(context.getBean(RenderLimitsProperties.class).toLimits().maxLoopIterations()).isEqualTo(100_000);
        });
    }

    @Test
    void should_fail_renders_past_the_configured_loop_limit_when_dakora_render_sets_one() {
        runner.withPropertyValues("dakora.render.max-loop-iterations=10").run(context -> {
            // given
            JobRenderer jobs = context.getBean(JobRenderer.class);

            // when
            var outcome = jobs.render(Jobs.withTemplate("job-2", NESTED_LOOPS, Map.of(), "echo"));

            // then
            assertThat(outcome.event()).isInstanceOfSatisfying(RenderFailed.class,
                    failed -> assertThat(failed.error()).contains("10 iterations"));
        });
    }

    @Test
    void should_refuse_to_start_when_a_render_limit_is_not_positive() {
        runner.withPropertyValues("dakora.render.max-output-chars=0").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("maxOutputChars must be positive"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RenderLimitsProperties.class)
    static class Properties {
    }
}
