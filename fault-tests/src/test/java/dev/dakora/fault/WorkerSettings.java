package dev.dakora.fault;

import java.time.Duration;
import java.util.List;

/**
 * The LLM worker settings the fault scenarios start every LLM worker with (the role processes and the
 * standalone), given as arguments so that the bound on resent requests is computed from the same values
 * the processes run with. A few calls at a time per model, so that a batch is still running when a process
 * is killed; the retry settings are the worker's defaults, written out.
 */
record WorkerSettings(int maxConcurrent, int maxAttempts, Duration initialBackoff, double jitter) {

    static final WorkerSettings FAULT = new WorkerSettings(16, 3, Duration.ofSeconds(1), 0.2);

    List<String> arguments() {
        return List.of("--dakora.llm.limits.default.max-concurrent=" + maxConcurrent,
                "--dakora.llm.limits.default.max-attempts=" + maxAttempts,
                "--dakora.llm.limits.default.initial-backoff=" + initialBackoff.toMillis() + "ms",
                "--dakora.llm.limits.default.jitter=" + jitter);
    }

    /**
     * The provider requests a {@code kill -9} of {@code killedWorkers} LLM workers may add beyond the logged
     * attempts: every call such a worker had sent and not yet published is sent again by the next owner, and
     * nobody can know whether the provider finished it. Those are the tries in flight at the kill (at most
     * {@code max-concurrent} per model per worker) and the calls waiting out a backoff between tries (they hold
     * no slot): tries end at most {@code slots / latency} a second, {@code errorRate} of them wait up to
     * {@code initial-backoff x (1 + jitter)} for the next, so on average {@code slots x errorRate x wait / latency}
     * calls wait at any moment, each having sent one try (two only after two failures in a row, {@code errorRate}
     * squared); twice that average is allowed for their randomness. A call whose answer came but whose result
     * was not published yet holds no slot either: as long as publishing takes less than one provider answer, at
     * most one slot's worth of them. Zero when no LLM worker is killed.
     */
    ResendAllowance allowance(int killedWorkers, int models, double errorRate, Duration latency) {
        int slots = maxConcurrent * models * killedWorkers;
        double longestWait = initialBackoff.toMillis() * (1 + jitter);
        double waiting = slots * errorRate * longestWait / Math.max(1, latency.toMillis());
        int retrying = (int) Math.ceil(2 * waiting);
        return new ResendAllowance(slots, slots, retrying);
    }

    /**
     * Requests allowed beyond the logged attempts: {@code inFlight} tries on the wire at the kill,
     * {@code unpublished} calls answered whose result was not published yet (at most one more slot's worth,
     * as long as publishing a result takes less than a provider's answer), {@code retrying} calls between tries.
     */
    record ResendAllowance(int inFlight, int unpublished, int retrying) {

        int total() {
            return inFlight + unpublished + retrying;
        }

        @Override
        public String toString() {
            return total() + " (" + inFlight + " on the wire + " + unpublished + " answered, not published + " + retrying
                    + " between tries)";
        }
    }
}
