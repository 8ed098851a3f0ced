package dev.dakora.sink.domain;

import dev.dakora.common.event.JobCompleted;

import java.util.List;

/**
 * The outcome of one event for one job: its new state, the completion if this event made it final, and
 * what the job's batch must count.
 *
 * @param state     {@code null} when the event changed nothing (nothing to store)
 * @param completed {@code null} unless the job became final with this event
 */
public record JobStep(JobState state, JobCompleted completed, List<BatchSignal> signals) {

    public JobStep {
        signals = List.copyOf(signals);
    }

    static JobStep unchanged() {
        return new JobStep(null, null, List.of());
    }

    public boolean changed() {
        return state != null;
    }
}
