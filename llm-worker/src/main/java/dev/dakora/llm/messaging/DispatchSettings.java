package dev.dakora.llm.messaging;

import java.time.Duration;

/**
 * How the dispatcher holds calls and hands partitions over.
 *
 * @param maxInFlight             calls held at once by this worker (queued and sent); the consumers pause above
 * @param maxInFlightPerPartition calls held at once per partition; the partition pauses above
 * @param revokeGrace             how long a revocation waits for the calls already sent of revoked partitions
 * @param ledgerWait              how long a new assignment waits for the ledger to read the results published so far
 * @param ledgerClockSkew         how much earlier than a call's request a result may be stamped (clocks of hosts)
 */
public record DispatchSettings(int maxInFlight, int maxInFlightPerPartition, Duration revokeGrace, Duration ledgerWait,
                               Duration ledgerClockSkew) {
}
