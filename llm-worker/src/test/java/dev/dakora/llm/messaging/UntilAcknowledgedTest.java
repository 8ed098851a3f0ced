package dev.dakora.llm.messaging;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UntilAcknowledgedTest {

    @Test
    void should_write_again_until_kafka_acknowledges() throws Exception {
        UntilAcknowledged writes = new UntilAcknowledged("test", Duration.ofMillis(5), Duration.ofMillis(20));
        AtomicInteger tries = new AtomicInteger();

        writes.run(() -> {
            if (tries.incrementAndGet() < 6) {
                throw new ExecutionException(new IllegalStateException("broker down"));
            }
        });

        assertThat(tries).hasValue(6);
    }

    @Test
    void should_not_write_again_when_the_write_fails_otherwise() {
        UntilAcknowledged writes = new UntilAcknowledged("test", Duration.ofMillis(5), Duration.ofMillis(20));
        AtomicInteger tries = new AtomicInteger();

        assertThatThrownBy(() -> writes.run(() -> {
            tries.incrementAndGet();
            throw new IllegalArgumentException("not serializable");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(tries).hasValue(1);
    }

    @Test
    void should_stop_waiting_with_an_interrupted_exception_when_interrupted() throws Exception {
        UntilAcknowledged writes = new UntilAcknowledged("test", Duration.ofSeconds(30), Duration.ofSeconds(30));
        AtomicInteger tries = new AtomicInteger();
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        Thread writer = Thread.ofVirtual().start(() -> {
            try {
                writes.run(() -> {
                    tries.incrementAndGet();
                    throw new ExecutionException(new IllegalStateException("broker down"));
                });
                ended.complete(null);
            } catch (Throwable e) {
                ended.complete(e);
            }
        });

        while (tries.get() == 0) {
            Thread.onSpinWait();
        }
        writer.interrupt();

        assertThat(ended.get(20, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        assertThat(tries).hasValue(1);
    }
}
