package dev.dakora.llm.lane;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.testsupport.FakeAnthropicBatches;
import dev.dakora.testsupport.FakeBatchApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch lane against a fake of Anthropic's Message Batches. */
class LaneAnthropicTest {

    private FakeAnthropicBatches anthropic;

    @AfterEach
    void stop() {
        anthropic.close();
    }

    @Test
    void should_publish_each_requests_outcome_when_the_message_batch_ends() throws Exception {
        // given
        anthropic = new FakeAnthropicBatches();
        MemoryLaneStore store = new MemoryLaneStore();
        LaneRig rig = LaneRig.onAnthropic(store, anthropic.baseUrl(), 3);
        String model = "anthropic/claude-3-5-haiku-latest";
        ModelCallRequested ok = LaneRig.call("job-a", model, "Hello Ada");
        ModelCallRequested errored = LaneRig.call("job-b", model, "[fail] please");
        ModelCallRequested expired = LaneRig.call("job-c", model, "[expire] slow");
        ModelCallRequested canceled = LaneRig.call("job-d", model, "[cancel] stop");

        // when
        rig.holdAll(3, List.of(ok, errored, expired, canceled));
        rig.tickUntil(published -> published.size() == 4);

        // then: one message batch with the API's headers and a max_tokens for every request
        assertThat(anthropic.created()).isEqualTo(1);
        FakeBatchApi.Seen created = anthropic.seen().stream().filter(seen -> seen.method().equals("POST")).findFirst().orElseThrow();
        assertThat(created.headers().get("x-api-key")).isEqualTo(LaneRig.ANTHROPIC_KEY);
        assertThat(created.headers().get("anthropic-version")).isEqualTo("2023-06-01");
        JsonNode params = JsonMapper.builder().build().readTree(created.body()).path("requests").path(0).path("params");
        assertThat(params.path("model").asString()).isEqualTo("claude-3-5-haiku-latest");
        assertThat(params.path("max_tokens").asInt()).isEqualTo(1024);
        assertThat(created.body()).doesNotContain("lane");

        // then: claude-3-5-haiku at 0.80 in and 4.00 out per million, half price: (9 × 0.8 + 5 × 4) / 1e6 × 0.5
        ModelCallCompleted answered = rig.result(ok.callId());
        assertThat(answered.status()).isEqualTo(CallStatus.SUCCEEDED);
        assertThat(answered.output()).isEqualTo("answer: Hello Ada");
        assertThat(answered.provider()).isEqualTo("anthropic");
        assertThat(answered.costUsd()).isEqualByComparingTo(new BigDecimal("0.0000136"));
        assertThat(rig.result(errored.callId()).error()).isEqualTo("invalid_request_error: max_tokens is too large");
        assertThat(rig.result(expired.callId()).error()).startsWith("expired:");
        assertThat(rig.result(canceled.callId()).error()).startsWith("cancelled:");
        assertThat(List.of(errored, expired, canceled)).allSatisfy(call ->
                assertThat(rig.result(call.callId()).status()).isEqualTo(CallStatus.FAILED));
        assertThat(store.all()).isEmpty();
    }

    @Test
    void should_keep_polling_without_publishing_while_the_batch_is_in_progress() throws Exception {
        // given
        anthropic = new FakeAnthropicBatches("in_progress");
        LaneRig rig = LaneRig.onAnthropic(new MemoryLaneStore(), anthropic.baseUrl(), 0);
        rig.lane.hold(0, LaneRig.call("job-a", "anthropic/claude-3-5-haiku", "Hello"));

        // when
        for (int i = 0; i < 20; i++) {
            rig.lane.tick();
            Thread.sleep(12);
        }

        // then
        assertThat(anthropic.created()).isEqualTo(1);
        assertThat(anthropic.seen().stream().filter(seen -> seen.method().equals("GET")).count()).isGreaterThan(3);
        assertThat(rig.published).isEmpty();
        assertThat(rig.lane.held()).isEqualTo(1);
    }

    @Test
    void should_cancel_the_message_batch_when_every_call_in_it_is_cancelled() throws Exception {
        // given
        anthropic = new FakeAnthropicBatches("in_progress");
        LaneRig rig = LaneRig.onAnthropic(new MemoryLaneStore(), anthropic.baseUrl(), 0);
        ModelCallRequested finished = LaneRig.call("job-a", "anthropic/claude-3-5-haiku", "[done] Hello");
        ModelCallRequested waiting = LaneRig.call("job-b", "anthropic/claude-3-5-haiku", "Bye");
        rig.lane.hold(0, finished);
        rig.lane.hold(0, waiting);
        rig.lane.tick();

        // when
        rig.cancellations.cancel("job-a");
        rig.cancellations.cancel("job-b");
        rig.tickUntil(published -> published.size() == 2);

        // then
        assertThat(anthropic.created()).isEqualTo(1);
        assertThat(anthropic.cancels()).isEqualTo(1);
        assertThat(anthropic.seen()).anySatisfy(seen -> assertThat(seen.method() + " " + seen.path())
                .matches("POST /v1/messages/batches/msgbatch_\\d+/cancel"));
        assertThat(rig.result(finished.callId()).status()).isEqualTo(CallStatus.SUCCEEDED);
        assertThat(rig.result(waiting.callId()).status()).isEqualTo(CallStatus.CANCELLED);
    }

    @Test
    void should_submit_again_when_a_worker_dies_before_storing_the_batch_id_as_anthropic_keeps_no_key() throws Exception {
        // given: the provider accepted the batch; the worker died before storing its id
        anthropic = new FakeAnthropicBatches();
        MemoryLaneStore store = new MemoryLaneStore();
        LaneRig first = LaneRig.onAnthropic(store, anthropic.baseUrl(), 0);
        first.lane.hold(0, LaneRig.call("job-a", "anthropic/claude-3-5-haiku", "Hello"));
        store.dieOnSubmittedSave();
        org.assertj.core.api.Assertions.assertThatThrownBy(first.lane::tick).isInstanceOf(MemoryLaneStore.Killed.class);

        // when
        LaneRig second = LaneRig.onAnthropic(store, anthropic.baseUrl(), 0);
        second.tickUntil(published -> published.size() == 1);

        // then: the documented window: the provider runs (and bills) the calls twice; one result is published
        assertThat(anthropic.created()).isEqualTo(2);
        assertThat(second.published).hasSize(1);
    }
}
