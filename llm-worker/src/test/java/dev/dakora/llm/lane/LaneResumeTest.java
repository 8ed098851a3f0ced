package dev.dakora.llm.lane;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.testsupport.FakeOpenAiBatches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A worker's lane abandoned at each step (no clean stop, nothing more run: what {@code kill -9} leaves) and
 * a new lane on the same store resuming from it and from the provider's state.
 */
class LaneResumeTest {

    private final MemoryLaneStore store = new MemoryLaneStore();
    private FakeOpenAiBatches openAi;

    @AfterEach
    void stop() {
        openAi.close();
    }

    private LaneRig worker() throws InterruptedException {
        return LaneRig.onOpenAi(store, openAi.baseUrl());
    }

    /** The first worker, holding {@link #calls()}. */
    private LaneRig workerHoldingCalls() throws InterruptedException {
        LaneRig rig = worker();
        rig.holdAll(0, calls());
        return rig;
    }

    private static List<ModelCallRequested> calls() {
        return List.of(LaneRig.call("job-a", "openai/gpt-4o-mini", "one"), LaneRig.call("job-b", "openai/gpt-4o-mini", "two"),
                LaneRig.call("job-c", "openai/gpt-4o-mini", "[fail] three"));
    }

    @Test
    void should_poll_the_providers_batch_and_not_resubmit_when_a_worker_dies_between_submit_and_completion() throws Exception {
        // given: the first worker submitted the calls; the batch is still running at the provider
        openAi = new FakeOpenAiBatches("validating", "in_progress", "in_progress", "in_progress", "finalizing", "completed");
        LaneRig first = workerHoldingCalls();
        first.lane.tick();
        assertThat(openAi.created()).isEqualTo(1);
        assertThat(store.all()).allSatisfy(entry -> assertThat(entry.providerBatch()).isNotNull());

        // when: it dies; a new worker gets the partition
        LaneRig second = worker();
        second.tickUntil(published -> published.size() == 3);

        // then
        assertThat(openAi.created()).isEqualTo(1);
        assertThat(first.published).isEmpty();
        assertThat(second.published.stream().map(ModelCallCompleted::callId).distinct()).hasSize(3);
        assertThat(second.result(calls().get(0).callId()).status()).isEqualTo(CallStatus.SUCCEEDED);
        assertThat(second.result(calls().get(2).callId()).status()).isEqualTo(CallStatus.FAILED);
        assertThat(store.all()).isEmpty();
    }

    @Test
    void should_submit_once_when_a_worker_dies_after_storing_calls_and_before_submitting_them() throws Exception {
        // given
        openAi = new FakeOpenAiBatches();
        LaneRig first = workerHoldingCalls();

        // when: it dies before its first round
        LaneRig second = worker();
        assertThat(second.lane.holds(0, calls().get(1).callId())).as("a redelivered call is known").isTrue();
        second.tickUntil(published -> published.size() == 3);

        // then
        assertThat(openAi.created()).isEqualTo(1);
        assertThat(openAi.submitted().getFirst()).hasSize(3);
    }

    @Test
    void should_republish_the_same_results_without_a_new_batch_when_a_worker_dies_after_publishing() throws Exception {
        // given: the first worker published every result and died before forgetting the calls
        openAi = new FakeOpenAiBatches();
        LaneRig first = workerHoldingCalls();
        store.dieOnRemove();
        assertThatThrownBy(() -> first.tickUntil(published -> false)).isInstanceOf(MemoryLaneStore.Killed.class);
        assertThat(first.published).hasSize(3);

        // when
        LaneRig second = worker();
        second.tickUntil(published -> published.size() == 3);

        // then: the same results (the log sink keeps the first of each call id), no second batch
        assertThat(openAi.created()).isEqualTo(1);
        var before = first.published.stream().collect(Collectors.toMap(ModelCallCompleted::callId, Function.identity()));
        assertThat(second.published).allSatisfy(again -> {
            ModelCallCompleted earlier = before.get(again.callId());
            assertThat(again.status()).isEqualTo(earlier.status());
            assertThat(again.costUsd()).isEqualByComparingTo(earlier.costUsd());
            assertThat(again.tokensIn()).isEqualTo(earlier.tokensIn());
        });
        assertThat(store.all()).isEmpty();
    }

    @Test
    void should_adopt_the_batch_the_provider_accepted_when_a_worker_dies_before_storing_its_id() throws Exception {
        // given: the provider accepted the batch; the worker died before storing the batch id
        openAi = new FakeOpenAiBatches();
        LaneRig first = workerHoldingCalls();
        store.dieOnSubmittedSave();
        assertThatThrownBy(first.lane::tick).isInstanceOf(MemoryLaneStore.Killed.class);
        assertThat(openAi.created()).isEqualTo(1);
        assertThat(store.all()).hasSize(3).allSatisfy(entry -> assertThat(entry.submitting()).isTrue());

        // when
        LaneRig second = worker();
        second.tickUntil(published -> published.size() == 3);
        second.lane.tick();

        // then: the batch was found by its key, not submitted again; one result per call
        assertThat(openAi.created()).isEqualTo(1);
        assertThat(openAi.seen()).anySatisfy(seen -> assertThat(seen.method() + " " + seen.path()).isEqualTo("GET /v1/batches"));
        assertThat(second.published).hasSize(3);
        assertThat(second.published.stream().map(ModelCallCompleted::callId).distinct()).hasSize(3);
        assertThat(second.result(calls().get(0).callId()).output()).isEqualTo("answer: one");
        assertThat(second.result(calls().get(2).callId()).status()).isEqualTo(CallStatus.FAILED);
        assertThat(store.all()).isEmpty();
    }

    @Test
    void should_find_the_orphan_batch_on_a_later_page_of_the_providers_list() throws Exception {
        // given: the orphan batch, then 150 newer batches of other callers
        openAi = new FakeOpenAiBatches();
        LaneRig first = workerHoldingCalls();
        store.dieOnSubmittedSave();
        assertThatThrownBy(first.lane::tick).isInstanceOf(MemoryLaneStore.Killed.class);
        for (int i = 0; i < 150; i++) {
            openAi.addForeign(Map.of("dakora_lane_key", "lane-someone-else-" + i), Instant.now().getEpochSecond());
        }

        // when
        LaneRig second = worker();
        second.tickUntil(published -> published.size() == 3);

        // then
        assertThat(openAi.created()).isEqualTo(151);
        assertThat(openAi.seen()).anySatisfy(seen -> assertThat(seen.path()).isEqualTo("/v1/batches"));
        assertThat(second.result(calls().get(1).callId()).output()).isEqualTo("answer: two");
    }

    @Test
    void should_submit_calls_left_submitting_when_no_provider_batch_carries_their_key() throws Exception {
        // given: the creation was not answered (503) and the worker died; another caller's batch exists
        openAi = new FakeOpenAiBatches();
        String foreign = openAi.addForeign(Map.of("dakora_lane_key", "lane-someone-else"), Instant.now().getEpochSecond());
        openAi.refuse("/v1/batches", 503);
        LaneRig first = workerHoldingCalls();
        first.lane.tick();
        assertThat(openAi.created()).isEqualTo(1);
        assertThat(store.all()).allSatisfy(entry -> assertThat(entry.submitting()).isTrue());

        // when
        LaneRig second = worker();
        second.tickUntil(published -> published.size() == 3);

        // then: one new batch, tagged with the calls' key; the other caller's batch is left alone
        assertThat(openAi.created()).isEqualTo(2);
        assertThat(openAi.batchIds()).hasSize(2).first().isEqualTo(foreign);
        assertThat(second.result(calls().get(0).callId()).status()).isEqualTo(CallStatus.SUCCEEDED);
        assertThat(openAi.seen().stream().filter(seen -> seen.method().equals("POST") && seen.path().equals("/v1/batches")))
                .last().satisfies(create -> assertThat(create.body()).contains("\"dakora_lane_key\":\"lane-"));
    }

    @Test
    void should_not_adopt_a_batch_with_the_key_created_long_before_the_calls_were_stored_as_submitting() throws Exception {
        // given: calls left submitting (creation refused with 503, the worker died), and a batch with their key from two hours before
        openAi = new FakeOpenAiBatches();
        openAi.refuse("/v1/batches", 503);
        LaneRig first = workerHoldingCalls();
        first.lane.tick();
        String key = store.all().getFirst().laneKey();
        openAi.addForeign(Map.of("dakora_lane_key", key), Instant.now().minusSeconds(7200).getEpochSecond());

        // when
        LaneRig second = worker();
        second.tickUntil(published -> published.size() == 3);

        // then: the list stops at batches older than the submission (less the clock margin); a new batch is made
        assertThat(openAi.created()).isEqualTo(2);
        assertThat(second.result(calls().get(0).callId()).output()).isEqualTo("answer: one");
    }

    @Test
    void should_leave_calls_of_a_revoked_partition_to_its_next_owner() throws Exception {
        // given
        openAi = new FakeOpenAiBatches();
        LaneRig first = worker();
        first.lane.hold(0, calls().getFirst());

        // when
        first.lane.revoked(List.of(0));
        for (int i = 0; i < 5; i++) {
            first.lane.tick();
        }

        // then
        assertThat(openAi.created()).isZero();
        assertThat(first.lane.holds(0, calls().getFirst().callId())).isFalse();
        LaneRig next = worker();
        next.tickUntil(published -> published.size() == 1);
        assertThat(openAi.created()).isEqualTo(1);
    }
}
