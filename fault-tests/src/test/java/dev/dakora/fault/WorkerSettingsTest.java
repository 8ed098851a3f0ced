package dev.dakora.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class WorkerSettingsTest {

    @Test
    void should_allow_the_killed_workers_slots_and_the_calls_waiting_between_tries() {
        // given: 16 tries per model, 2 models, 7 % refused, 200 ms answers, 1 s +- 20 % before a retry
        WorkerSettings settings = new WorkerSettings(16, 3, Duration.ofSeconds(1), 0.2);

        // when
        WorkerSettings.ResendAllowance one = settings.allowance(1, 2, 0.07, Duration.ofMillis(200));
        WorkerSettings.ResendAllowance two = settings.allowance(2, 2, 0.07, Duration.ofMillis(200));

        // then: 32 slots; 32 x 0.07 x 1.2 s / 0.2 s = 13.44 calls waiting on average, twice that allowed
        assertThat(one.inFlight()).isEqualTo(32);
        assertThat(one.unpublished()).isEqualTo(32);
        assertThat(one.retrying()).isEqualTo(27);
        assertThat(two.total()).as("64 slots, 26.88 waiting").isEqualTo(64 + 64 + 54);
    }

    @Test
    void should_allow_no_resent_request_when_no_llm_worker_is_killed() {
        assertThat(WorkerSettings.FAULT.allowance(0, 2, 0.07, Duration.ofMillis(200)).total()).isZero();
        assertThat(RequestBound.resend(WorkerSettings.FAULT.allowance(0, 2, 0.07, Duration.ofMillis(200))).limit(420))
                .isEqualTo(420);
    }

    @Test
    void should_pass_the_settings_the_allowance_is_computed_from_to_the_worker() {
        assertThat(WorkerSettings.FAULT.arguments()).contains("--dakora.llm.limits.default.max-concurrent=16",
                "--dakora.llm.limits.default.initial-backoff=1000ms", "--dakora.llm.limits.default.jitter=0.2");
    }
}
