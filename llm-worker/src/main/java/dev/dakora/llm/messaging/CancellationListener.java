package dev.dakora.llm.messaging;

import dev.dakora.common.event.JobCancelled;
import dev.dakora.common.event.JobCommand;
import dev.dakora.llm.domain.Cancellations;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Follows {@code dakora.jobs} for {@link JobCancelled}, in a consumer group of this instance alone so
 * every instance hears every cancellation. On start it reads back {@code cancel-lookback} to learn the
 * cancellations of jobs whose calls may still be queued. Other commands are ignored; unreadable records
 * are skipped (they are the render worker's to dead-letter).
 */
public class CancellationListener implements ConsumerSeekAware {

    private final Cancellations cancellations;
    private final Duration lookback;
    private final Clock clock;

    public CancellationListener(Cancellations cancellations, Duration lookback, Clock clock) {
        this.cancellations = cancellations;
        this.lookback = lookback;
        this.clock = clock;
    }

    @KafkaListener(topics = "#{T(dev.dakora.common.event.Topics).JOBS.name()}", containerFactory = "jobsContainerFactory")
    void onCommand(JobCommand command) {
        if (command instanceof JobCancelled cancelled) {
            cancellations.cancel(cancelled.jobId());
        }
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        callback.seekToTimestamp(assignments.keySet(), clock.instant().minus(lookback).toEpochMilli());
    }
}
