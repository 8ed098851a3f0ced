package dev.dakora.llm.support;

import dev.dakora.testsupport.Request;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long requests took from the moment their permit was asked for (stamped into the prompt by
 * {@link SharedLimitWorker}, wall clock; the grant came no earlier) to their arrival at the fake server, and
 * the most of those moments in any window of the limit's length.
 *
 * @param maxDelay           the longest delay seen
 * @param laterThanMargin    requests that arrived more than the margin after their permit was asked for
 * @param maxSentInAnyWindow the most permits (asked-for moments) of sent tries in any window of the limit's length
 */
public record SendDelays(Duration maxDelay, int laterThanMargin, int maxSentInAnyWindow) {

    private static final Pattern SENT = Pattern.compile("sent-at-ms=(\\d+)");

    static SendDelays of(List<Request> requests, Duration window, Duration margin) {
        long epochMillis = System.currentTimeMillis();
        long nanos = System.nanoTime();
        long max = 0;
        int late = 0;
        long[] sent = new long[requests.size()];
        for (int i = 0; i < requests.size(); i++) {
            Matcher stamp = SENT.matcher(requests.get(i).body());
            if (!stamp.find()) {
                throw new IllegalStateException("a request without its sent-at stamp");
            }
            sent[i] = Long.parseLong(stamp.group(1));
            long arrived = epochMillis - (nanos - requests.get(i).arrivedNanos()) / 1_000_000;
            long delay = arrived - sent[i];
            max = Math.max(max, delay);
            late += delay > margin.toMillis() ? 1 : 0;
        }
        java.util.Arrays.sort(sent);
        return new SendDelays(Duration.ofMillis(max), late, SharedLimitRun.maxInAnyWindow(sent, window.toMillis()));
    }
}
