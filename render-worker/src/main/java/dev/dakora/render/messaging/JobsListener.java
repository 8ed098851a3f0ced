package dev.dakora.render.messaging;

import dev.dakora.common.event.JobCommand;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Consumes {@code dakora.jobs} a poll batch at a time. The container runs each batch in one Kafka
 * transaction: every event it produces and the batch's consumer offsets commit together, or not at
 * all. A batch that runs past its time budget (slow templates) stops early: what is done commits with
 * the offsets of the records handled, and the rest is polled again, so no transaction outlives the
 * producer's transaction timeout.
 */
final class JobsListener {

    private final Consumer<ConsumerRecord<String, JobCommand>> handler;
    private final long budgetNanos;
    private final LongSupplier nanoTime;

    JobsListener(Consumer<ConsumerRecord<String, JobCommand>> handler, Duration budget, LongSupplier nanoTime) {
        this.handler = handler;
        this.budgetNanos = budget.toNanos();
        this.nanoTime = nanoTime;
    }

    @KafkaListener(id = "render-worker", idIsGroup = false,
            topics = "#{T(dev.dakora.common.event.Topics).JOBS.name()}", batch = "true")
    void onJobs(List<ConsumerRecord<String, JobCommand>> records, Acknowledgment ack) {
        long started = nanoTime.getAsLong();
        for (int i = 0; i < records.size(); i++) {
            if (i > 0 && nanoTime.getAsLong() - started > budgetNanos) {
                ack.nack(i, Duration.ZERO);
                return;
            }
            handler.accept(records.get(i));
        }
        ack.acknowledge();
    }
}
