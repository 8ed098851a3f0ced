package dev.dakora.sink.domain;

import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.JobStatus;
import dev.dakora.sink.support.TestEvents;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JobStateJsonTest {

    private static final List<String> MODELS = List.of("gpt-4o-mini", "claude-3-haiku");

    private final JobState open = JobState.open("job-1")
            .submittedBy(TestEvents.compareJob("job-1", "batch-1", 7, MODELS))
            .renderedBy(TestEvents.rendered("job-1", "batch-1", 7, MODELS))
            .with(TestEvents.succeeded("job-1", "batch-1", 7, "gpt-4o-mini"))
            .with(TestEvents.failed("job-1", "batch-1", 7, "claude-3-haiku"));

    @Test
    void callsAreStoredAsAListOfEntriesNotKeyedByCallId() {
        JsonNode json = EventJson.mapper().readTree(EventJson.write(open));

        JsonNode calls = json.get("calls");
        assertThat(calls.isArray()).isTrue();
        assertThat(calls.size()).isEqualTo(2);
        assertThat(calls.get(0).get("call_id").asString()).isEqualTo(TestEvents.callId("job-1", "gpt-4o-mini"));
        assertThat(calls.get(0).get("status").asString()).isEqualTo("succeeded");
        assertThat(calls.get(0).get("result").get("output").asString()).isEqualTo("Hi from gpt-4o-mini");
        assertThat(calls.get(1).get("call_id").asString()).isEqualTo(TestEvents.callId("job-1", "claude-3-haiku"));
        assertThat(calls.get(1).get("status").asString()).isEqualTo("failed");
    }

    @Test
    void anOpenAndAFinishedStateReadBackEqual() {
        assertThat(EventJson.read(EventJson.write(open), JobState.class)).isEqualTo(open);

        JobState finished = open.finishedAs(JobStatus.COMPLETED, TestEvents.AT.plusSeconds(4));
        JobState read = EventJson.read(EventJson.write(finished), JobState.class);
        assertThat(read).isEqualTo(finished);
        assertThat(read.calls().keySet()).containsExactly(TestEvents.callId("job-1", "gpt-4o-mini"),
                TestEvents.callId("job-1", "claude-3-haiku"));
        assertThat(read.calls().values()).allSatisfy(outcome -> assertThat(outcome.result()).isNull());
    }

    @Test
    void stateWrittenWithCallsKeyedByIdStillReads() {
        ObjectNode json = (ObjectNode) EventJson.mapper().readTree(EventJson.write(open));
        ObjectNode keyed = EventJson.mapper().createObjectNode();
        for (JsonNode entry : json.get("calls")) {
            ObjectNode outcome = ((ObjectNode) entry).deepCopy();
            outcome.remove("call_id");
            keyed.set(entry.get("call_id").asString(), outcome);
        }
        json.set("calls", keyed);

        assertThat(EventJson.read(EventJson.mapper().writeValueAsBytes(json), JobState.class)).isEqualTo(open);
    }

    @Test
    void aStateWithoutCallsReadsAsNoCalls() {
        JobState fresh = JobState.open("job-2");

        JobState read = EventJson.read(EventJson.write(fresh), JobState.class);

        assertThat(read).isEqualTo(fresh);
        assertThat(read.calls()).isEmpty();
    }
}
