package dev.dakora.llm.config;

import dev.dakora.llm.domain.LocalPermitStore;
import dev.dakora.llm.domain.PermitStore;
import dev.dakora.llm.persistence.PostgresPermitStore;
import dev.dakora.llm.support.LimitsDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Which store the rate permits live in, from {@code dakora.llm.shared-limits}. */
class SharedLimitsConfigTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SharedLimitsProperties.class)
    @Import(SharedLimitsConfig.class)
    static class Wiring {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Wiring.class);

    @Test
    void should_count_limits_per_process_when_no_url_is_set() {
        runner.run(context -> assertThat(context.getBean(PermitStore.class)).isInstanceOf(LocalPermitStore.class));
    }

    @Test
    void should_share_limits_through_postgresql_and_migrate_its_schema_when_a_url_is_set() {
        String url = LimitsDatabase.create();
        runner.withPropertyValues("dakora.llm.shared-limits.url=" + url, "dakora.llm.shared-limits.username=postgres",
                "dakora.llm.shared-limits.password=postgres").run(context -> {
            PermitStore store = context.getBean(PermitStore.class);
            assertThat(store).isInstanceOf(PostgresPermitStore.class);
            assertThat(store.tryAcquire("config/test#requests", 1, Duration.ofMinutes(1), 1).granted()).isTrue();
            assertThat(store.tryAcquire("config/test#requests", 1, Duration.ofMinutes(1), 1).granted()).isFalse();
        });
    }

    @Test
    void should_refuse_to_start_with_a_url_that_is_not_postgresql() {
        runner.withPropertyValues("dakora.llm.shared-limits.url=jdbc:mysql://localhost/dakora").run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessage("dakora.llm.shared-limits: url must be a jdbc:postgresql: URL"));
    }

    @Test
    void should_default_send_within_to_half_the_margin_and_refuse_one_longer_than_the_margin() {
        assertThat(new SharedLimitsProperties(null, null, null, null, Duration.ofSeconds(2), null).sendWithin())
                .isEqualTo(Duration.ofSeconds(1));
        runner.withPropertyValues("dakora.llm.shared-limits.margin=1s", "dakora.llm.shared-limits.send-within=2s")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessage("dakora.llm.shared-limits: send-within must be between 0 and the margin"));
    }

    @Test
    void should_not_show_the_password_in_the_settings_text() {
        SharedLimitsProperties properties = new SharedLimitsProperties("jdbc:postgresql://db/dakora", "dakora",
                "hunter2-secret", null, null, null);

        assertThat(properties.toString()).doesNotContain("hunter2-secret").contains("shared=true");
    }
}
