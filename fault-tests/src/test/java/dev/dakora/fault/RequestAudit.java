package dev.dakora.fault;

import java.util.List;
import java.util.Map;

import dev.dakora.testsupport.Request;
import org.assertj.core.api.SoftAssertions;

/**
 * The provider's requests of a batch against its execution log, call by call, around the {@code kill}. A
 * call the provider saw more often than the log says was sent again: only a call the killed process had sent
 * before it died may be, and the next owner sends it only as often as it logs. Such a call's last try before the kill was on the wire (no answer written), answered with an error
 * (waiting to be retried) or answered 200 (its result not yet published).
 */
record RequestAudit(Map<String, List<Request>> requests, Map<String, Long> loggedAttempts, Kill kill,
                    RequestBound bound) {

    /** Soft checks of every call and of the total; returns the counts for the report. */
    String check(SoftAssertions softly) {
        long attempts = loggedAttempts.values().stream().mapToLong(Long::longValue).sum();
        long total = requests.values().stream().mapToLong(List::size).sum();
        int resent = 0, onTheWire = 0, failedTries = 0, unpublished = 0;
        for (Map.Entry<String, Long> call : loggedAttempts.entrySet()) {
            List<Request> received = requests.getOrDefault(call.getKey(), List.of());
            long afterKill = received.stream().filter(request -> !request.arrivedBefore(kill.exited())).count();
            softly.assertThat((long) received.size()).as("requests for %s, logged with %d attempts", call.getKey(), call.getValue())
                    .isGreaterThanOrEqualTo(call.getValue());
            softly.assertThat(afterKill).as("requests for %s after the kill, beyond its %d logged attempts", call.getKey(), call.getValue())
                    .isLessThanOrEqualTo(call.getValue());
            if (received.size() > call.getValue()) {
                resent++;
                List<Request> beforeKill = received.stream().filter(request -> request.arrivedBefore(kill.exited())).toList();
                if (beforeKill.stream().anyMatch(request -> !request.answeredBefore(kill.signalled()))) {
                    onTheWire++;
                } else if (!beforeKill.isEmpty() && beforeKill.getLast().status() == 200) {
                    unpublished++;
                } else {
                    failedTries++;
                }
            }
        }
        softly.assertThat(total).as("provider requests vs %d logged attempts, at most %s", attempts, bound)
                .isLessThanOrEqualTo(bound.limit(attempts));
        if (bound.allowance() != null) {
            softly.assertThat(onTheWire).as("calls sent again whose try was on the wire at the kill, at most max-concurrent x models x killed")
                    .isLessThanOrEqualTo(bound.allowance().inFlight());
        }
        return "%d attempts logged, %d provider requests (at most %d = %s); %d calls sent again: %d on the wire at the kill, %d answered and not published, %d between tries"
                .formatted(attempts, total, bound.limit(attempts), bound, resent, onTheWire, unpublished, failedTries);
    }
}
