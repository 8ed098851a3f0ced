package dev.dakora.health;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.event.ConsumerStoppedEvent;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

class ContainerRestartsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final ContainerRestarts restarts = new ContainerRestarts(Duration.ZERO, clock);
    private final RestartsHealthIndicator health = new RestartsHealthIndicator(restarts, 3, Duration.ofMinutes(10));
    private final MessageListenerContainer container = mock(MessageListenerContainer.class);

    @AfterEach
    void close() {
        restarts.close();
    }

    private void stopped(ConsumerStoppedEvent.Reason reason) {
        restarts.onConsumerStopped(new ConsumerStoppedEvent(this, container, reason));
    }

    @Test
    void should_restart_a_container_stopped_by_an_error_and_stay_up_after_one_restart() {
        stopped(ConsumerStoppedEvent.Reason.ERROR);

        verify(container, timeout(5000)).start();
        await().atMost(Duration.ofSeconds(5)).until(() -> restarts.total() == 1);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("restarts_in_window", 1).containsEntry("restarts_total", 1L);
    }

    @Test
    void should_report_down_when_the_container_keeps_stopping_and_up_again_once_the_restarts_are_old() {
        // when: three restarts within the window
        for (int restart = 1; restart <= 3; restart++) {
            stopped(restart == 2 ? ConsumerStoppedEvent.Reason.FENCED : ConsumerStoppedEvent.Reason.ERROR);
            int expected = restart;
            await().atMost(Duration.ofSeconds(5)).until(() -> restarts.total() == expected);
        }

        // then
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails().get("reason")).asString().contains("restarted 3 times");

        now.set(now.get().plus(Duration.ofMinutes(11)));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("restarts_in_window", 0).containsEntry("restarts_total", 3L);
    }

    @Test
    void should_not_restart_a_container_that_stopped_normally() throws InterruptedException {
        stopped(ConsumerStoppedEvent.Reason.NORMAL);

        Thread.sleep(200);
        verify(container, never()).start();
        assertThat(restarts.total()).isZero();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }
}
