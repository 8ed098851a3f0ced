package dev.dakora.gateway.messaging;

import dev.dakora.gateway.messaging.LiveEvents.LiveEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class LiveEventsWindowTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final LiveEvents events = new LiveEvents(now::get);

    private static LiveEvent call(String jobId, String callId) {
        return new LiveEvent(jobId, null, LiveEventMapper.CALL_COMPLETED, Map.of("call_id", callId));
    }

    @Test
    void aLateSubscriberGetsTheEventsDecodedAgainInOrder() {
        AtomicInteger decoded = new AtomicInteger();
        events.emit(call("job-1", "a"), () -> {
            decoded.incrementAndGet();
            return call("job-1", "a");
        });
        events.emit(call("job-1", "b"));
        events.emit(call("job-2", "c"));

        assertThat(decoded).hasValue(0);
        assertThat(events.recentOfJob("job-1")).extracting(e -> e.body().get("call_id")).containsExactly("a", "b");
        assertThat(decoded).hasValue(1);
        assertThat(events.recentOfJob("job-3")).isEmpty();
    }

    @Test
    void aJobIsForgottenAMinuteAfterItsLastEvent() {
        events.emit(call("quiet", "a"));
        now.addAndGet(LiveEvents.RECENT_FOR.toNanos() / 2);
        events.emit(call("busy", "b"));
        now.addAndGet(LiveEvents.RECENT_FOR.toNanos() / 2 - 1);
        events.emit(call("busy", "c"));

        assertThat(events.recentOfJob("quiet")).hasSize(1);
        now.addAndGet(2);
        assertThat(events.recentOfJob("quiet")).isEmpty();
        assertThat(events.recentOfJob("busy")).hasSize(2);
        now.addAndGet(LiveEvents.RECENT_FOR.toNanos());
        assertThat(events.recentOfJob("busy")).isEmpty();
    }

    @Test
    void atMostTheMostRecentlyActiveJobsAreKept() {
        for (int i = 0; i <= LiveEvents.RECENT_JOBS; i++) {
            events.emit(call("job-" + i, "x"));
        }
        events.emit(call("job-0", "again"));  // job-0 had been forgotten: this starts it anew
        events.emit(call("job-2", "y"));      // job-2 is now the most recently active

        assertThat(events.recentOfJob("job-0")).extracting(e -> e.body().get("call_id")).containsExactly("again");
        assertThat(events.recentOfJob("job-1")).isEmpty();
        assertThat(events.recentOfJob("job-2")).hasSize(2);
        assertThat(events.recentOfJob("job-3")).hasSize(1);
    }

    @Test
    void subscribersSeeEveryEventLive() {
        List<LiveEvent> seen = new java.util.ArrayList<>();
        var following = events.ofJob("job-1").subscribe(seen::add);
        events.emit(call("job-1", "a"));
        events.emit(call("job-2", "b"));
        following.dispose();
        assertThat(seen).extracting(LiveEvent::jobId).containsExactly("job-1");
    }
}
