package dev.dakora.llm.lane;

import dev.dakora.common.event.CallLane;
import dev.dakora.common.event.CallParams;
import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.testsupport.FakeBatchApi;
import dev.dakora.testsupport.FakeOpenAiBatches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch lane against a fake of OpenAI's Batch API. */
class LaneOpenAiTest {

    private final MemoryLaneStore store = new MemoryLaneStore();
    private FakeOpenAiBatches openAi;

    @AfterEach
    void stop() {
        openAi.close();
    }

    private LaneRig rig() throws InterruptedException {
        return LaneRig.onOpenAi(store, openAi.baseUrl());
    }

    @Test
    void should_submit_collected_calls_as_one_openai_batch_and_publish_results_at_half_price_when_it_completes() throws Exception {
        // given
        openAi = new FakeOpenAiBatches();
        LaneRig rig = rig();
        ModelCallRequested hello = LaneRig.call("job-a", "openai/gpt-4o-mini", "Hello Ada");
        ModelCallRequested bye = LaneRig.call("job-b", "openai/gpt-4o-mini", "Bye Ada",
                CallLane.with(new CallParams(0.2, 50, null, Map.of()), CallLane.BATCH));
        ModelCallRequested refused = LaneRig.call("job-c", "openai/gpt-4o-mini", "[fail] this");

        // when
        rig.holdAll(0, List.of(hello, bye, refused));
        rig.tickUntil(published -> published.size() == 3);

        // then: one file of three lines, one batch, polled through its statuses
        assertThat(openAi.created()).isEqualTo(1);
        FakeBatchApi.Seen upload = openAi.seen().stream().filter(seen -> seen.path().equals("/v1/files")).findFirst().orElseThrow();
        assertThat(upload.headers().get("authorization")).isEqualTo("Bearer " + LaneRig.OPENAI_KEY);
        assertThat(upload.body()).contains("name=\"purpose\"\r\n\r\nbatch");
        JsonNode second = JsonMapper.builder().build().readTree(upload.body().lines().filter(line -> line.startsWith("{")).toList().get(1));
        assertThat(second.path("method").asString()).isEqualTo("POST");
        assertThat(second.path("url").asString()).isEqualTo("/v1/chat/completions");
        assertThat(second.path("body").path("model").asString()).isEqualTo("gpt-4o-mini");
        assertThat(second.path("body").path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(second.path("body").path("max_completion_tokens").asInt()).isEqualTo(50);
        assertThat(upload.body()).doesNotContain("lane");
        assertThat(openAi.seen().stream().filter(seen -> seen.path().startsWith("/v1/batches/")).count()).isGreaterThanOrEqualTo(4);

        // then: ordinary results, priced at the list price less the 50% batch discount
        ModelCallCompleted answered = rig.result(hello.callId());
        assertThat(answered.status()).isEqualTo(CallStatus.SUCCEEDED);
        assertThat(answered.output()).isEqualTo("answer: Hello Ada");
        assertThat(answered.tokensIn()).isEqualTo(9);
        assertThat(answered.tokensOut()).isEqualTo(5);
        // gpt-4o-mini: 0.15 in, 0.60 out per million; (9 × 0.15 + 5 × 0.60) / 1e6 × 0.5
        assertThat(answered.costUsd()).isEqualByComparingTo(new BigDecimal("0.000002175"));
        assertThat(answered.priced()).isTrue();
        assertThat(answered.attempts()).isEqualTo(1);
        assertThat(answered.batchId()).isEqualTo("batch-1");
        assertThat(answered.prompt()).isEqualTo("Hello Ada");
        assertThat(rig.result(bye.callId()).output()).isEqualTo("answer: Bye Ada");

        ModelCallCompleted failed = rig.result(refused.callId());
        assertThat(failed.status()).isEqualTo(CallStatus.FAILED);
        assertThat(failed.error()).isEqualTo("HTTP 400: the model refused this prompt");
        assertThat(failed.costUsd()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(store.all()).isEmpty();
        assertThat(rig.lane.held()).isZero();
    }

    @Test
    void should_fail_calls_with_the_expiry_reason_and_keep_finished_ones_when_the_batch_expires() throws Exception {
        // given
        openAi = new FakeOpenAiBatches("in_progress", "expired");
        LaneRig rig = rig();
        ModelCallRequested done = LaneRig.call("job-a", "openai/gpt-4o-mini", "finished in time");
        ModelCallRequested late = LaneRig.call("job-b", "openai/gpt-4o-mini", "[expire] too late");
        ModelCallRequested lost = LaneRig.call("job-c", "openai/gpt-4o-mini", "[drop] not in any file");

        // when
        rig.holdAll(0, List.of(done, late, lost));
        rig.tickUntil(published -> published.size() == 3);

        // then
        assertThat(rig.result(done.callId()).status()).isEqualTo(CallStatus.SUCCEEDED);
        assertThat(rig.result(late.callId()).status()).isEqualTo(CallStatus.FAILED);
        assertThat(rig.result(late.callId()).error()).startsWith("batch_expired: This request could not be executed");
        assertThat(rig.result(lost.callId()).error())
                .isEqualTo("expired: the provider did not run this call within its 24h completion window");
        assertThat(openAi.created()).as("expired calls are not resubmitted").isEqualTo(1);
    }

    @Test
    void should_fail_every_call_with_the_providers_reason_when_the_batch_fails() throws Exception {
        // given
        openAi = new FakeOpenAiBatches("validating", "failed");
        LaneRig rig = rig();
        ModelCallRequested call = LaneRig.call("job-a", "openai/gpt-4o-mini", "Hello");

        // when
        rig.lane.hold(0, call);
        rig.tickUntil(published -> published.size() == 1);

        // then
        assertThat(rig.result(call.callId()).error()).endsWith("failed: the input file is invalid");
    }

    @Test
    void should_fail_the_calls_without_the_key_in_the_message_when_the_provider_refuses_the_batch() throws Exception {
        // given
        openAi = new FakeOpenAiBatches();
        openAi.refuse("/v1/files", 401);
        LaneRig rig = rig();
        ModelCallRequested call = LaneRig.call("job-a", "openai/gpt-4o-mini", "Hello");

        // when
        rig.lane.hold(0, call);
        rig.tickUntil(published -> published.size() == 1);

        // then
        ModelCallCompleted failed = rig.result(call.callId());
        assertThat(failed.error()).isEqualTo("the provider refused the batch: HTTP 401: refused by the fake with 401");
        assertThat(failed.attempts()).isZero();
        assertThat(openAi.created()).isZero();
        assertThat(store.all()).isEmpty();
    }

    @Test
    void should_submit_once_after_the_provider_answered_503_when_a_submission_is_retried() throws Exception {
        // given
        openAi = new FakeOpenAiBatches();
        openAi.refuse("/v1/batches", 503);
        LaneRig rig = rig();
        ModelCallRequested call = LaneRig.call("job-a", "openai/gpt-4o-mini", "Hello");

        // when
        rig.lane.hold(0, call);
        rig.tickUntil(published -> published.size() == 1);

        // then
        assertThat(rig.result(call.callId()).status()).isEqualTo(CallStatus.SUCCEEDED);
        assertThat(openAi.created()).isEqualTo(1);
    }

    @Test
    void should_publish_cancelled_without_submitting_when_the_job_is_cancelled_while_collected() throws Exception {
        // given
        openAi = new FakeOpenAiBatches();
        LaneRig rig = rig();
        ModelCallRequested call = LaneRig.call("job-x", "openai/gpt-4o-mini", "Hello");
        rig.lane.hold(0, call);

        // when
        rig.cancellations.cancel("job-x");
        rig.tickUntil(published -> published.size() == 1);

        // then
        assertThat(rig.result(call.callId()).status()).isEqualTo(CallStatus.CANCELLED);
        assertThat(openAi.created()).isZero();
    }

    @Test
    void should_cancel_the_openai_batch_when_every_call_in_it_is_cancelled_and_publish_finished_answers_as_billed() throws Exception {
        // given: a batch still running with two calls of two jobs, one finished before the cancel
        openAi = new FakeOpenAiBatches("validating", "in_progress");
        LaneRig rig = rig();
        ModelCallRequested finished = LaneRig.call("job-a", "openai/gpt-4o-mini", "[done] Hello Ada");
        ModelCallRequested waiting = LaneRig.call("job-b", "openai/gpt-4o-mini", "Hello Bob");
        rig.lane.hold(0, finished);
        rig.lane.hold(0, waiting);
        rig.lane.tick();
        assertThat(openAi.created()).isEqualTo(1);

        // when: both jobs are cancelled
        rig.cancellations.cancel("job-a");
        rig.cancellations.cancel("job-b");
        rig.tickUntil(published -> published.size() == 2);

        // then: cancelled at the provider once; the finished answer is billed, the other call is cancelled
        assertThat(openAi.cancels()).isEqualTo(1);
        assertThat(openAi.cancelled(openAi.batchIds().getFirst())).isTrue();
        ModelCallCompleted billed = rig.result(finished.callId());
        assertThat(billed.status()).isEqualTo(CallStatus.SUCCEEDED);
        assertThat(billed.costUsd()).isPositive();
        ModelCallCompleted stopped = rig.result(waiting.callId());
        assertThat(stopped.status()).isEqualTo(CallStatus.CANCELLED);
        assertThat(stopped.error()).startsWith("cancelled (the provider's batch ended it: cancelled:");
        assertThat(stopped.costUsd()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(stopped.attempts()).isEqualTo(1);
        assertThat(store.all()).isEmpty();
    }

    @Test
    void should_not_cancel_a_batch_shared_with_a_job_that_is_not_cancelled() throws Exception {
        // given
        openAi = new FakeOpenAiBatches("validating", "in_progress", "in_progress", "completed");
        LaneRig rig = rig();
        ModelCallRequested ofCancelled = LaneRig.call("job-a", "openai/gpt-4o-mini", "Hello Ada");
        ModelCallRequested ofRunning = LaneRig.call("job-b", "openai/gpt-4o-mini", "Hello Bob");
        rig.lane.hold(0, ofCancelled);
        rig.lane.hold(0, ofRunning);
        rig.lane.tick();

        // when: one of the two jobs is cancelled
        rig.cancellations.cancel("job-a");
        rig.tickUntil(published -> published.size() == 2);

        // then: the batch ran to its end; both calls ran and are billed
        assertThat(openAi.cancels()).isZero();
        assertThat(rig.result(ofCancelled.callId()).status()).isEqualTo(CallStatus.SUCCEEDED);
        assertThat(rig.result(ofRunning.callId()).status()).isEqualTo(CallStatus.SUCCEEDED);
    }
}
