package dev.dakora.llm.lane;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class LaneThreadTest {

    @Test
    void should_run_the_next_rounds_after_one_failed() throws Exception {
        // given
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch third = new CountDownLatch(3);

        // when
        LaneThread thread = LaneThread.start(() -> {
            third.countDown();
            if (rounds.incrementAndGet() == 1) {
                throw new IllegalStateException("provider down");
            }
        }, Duration.ofMillis(10), Duration.ofSeconds(10));

        // then
        try {
            assertThat(third.await(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            thread.stop();
        }
    }

    @Test
    void should_let_a_round_in_progress_finish_when_stopped_within_the_grace() throws Exception {
        // given
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean interrupted = new AtomicBoolean();
        LaneThread thread = LaneThread.start(() -> {
            started.countDown();
            try {
                Thread.sleep(300);
                finished.set(true);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        }, Duration.ofMillis(10), Duration.ofMinutes(1));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

        // when
        thread.stop();

        // then
        assertThat(finished).isTrue();
        assertThat(interrupted).isFalse();
    }

    @Test
    void should_interrupt_a_round_that_outlasts_the_grace() throws Exception {
        // given
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        LaneThread thread = LaneThread.start(() -> {
            started.countDown();
            try {
                Thread.sleep(Duration.ofMinutes(5));
                finished.set(true);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        }, Duration.ofMillis(10), Duration.ofMillis(100));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

        // when
        thread.stop();

        // then
        assertThat(interrupted.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(finished).isFalse();
    }
}
