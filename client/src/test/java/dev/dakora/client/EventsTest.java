package dev.dakora.client;

import static dev.dakora.client.Templates.greeting;
import static dev.dakora.client.Templates.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Live events over the WebSocket of a running standalone, typed. */
class EventsTest extends StandaloneClientTest {

    @Test
    void should_receive_the_call_and_the_completed_job_of_a_compare_job() {
        // given
        String id = uniqueId("live-job");
        dakora.prompts().create(greeting(id));
        String jobId = dakora.jobs().submit(JobRequest.compare(id, Map.of("name", "Ev"), List.of("echo"))).jobId();
        RecordingListener listener = new RecordingListener();

        // when
        try (EventSubscription subscription = dakora.events().job(jobId, listener)) {

            // then
            await().atMost(Duration.ofSeconds(60)).until(() -> !listener.of(DakoraEvent.JobCompleted.class).isEmpty());
        }
        assertThat(listener.errors).isEmpty();
        assertThat(listener.of(DakoraEvent.CallCompleted.class)).singleElement().satisfies(call -> {
                    assertThat(call.jobId()).isEqualTo(jobId);
                    assertThat(call.output()).isEqualTo("Hello Ev!");
                });
        DakoraEvent.JobCompleted completed = listener.of(DakoraEvent.JobCompleted.class).getFirst();
        assertThat(completed.status()).isEqualTo("completed");
        assertThat(completed.result().results()).singleElement()
                .satisfies(result -> assertThat(result.output()).isEqualTo("Hello Ev!"));
    }

    @Test
    void should_receive_the_state_of_a_batch_first_and_see_the_server_end_the_stream() {
        // given
        String id = uniqueId("live-batch");
        dakora.prompts().create(greeting(id));
        String batchId = dakora.batches().submit(BatchRequest.of(id, List.of("echo"),
                List.of(Map.of("name", "A"), Map.of("name", "B")))).batchId();
        RecordingListener listener = new RecordingListener();

        // when
        try (EventSubscription subscription = dakora.events().batch(batchId, listener)) {

            // then
            await().atMost(Duration.ofSeconds(60)).until(() -> listener.closed);
            assertThat(subscription.isOpen()).isFalse();
        }
        assertThat(listener.errors).isEmpty();
        assertThat(listener.events.getFirst()).isInstanceOfSatisfying(DakoraEvent.BatchProgress.class, progress -> {
            assertThat(progress.batchId()).isEqualTo(batchId);
            assertThat(progress.totalJobs()).isEqualTo(2);
        });
    }

    @Test
    void should_receive_the_progress_of_a_batch_until_it_completes() {
        // given
        String id = uniqueId("live-batch");
        dakora.prompts().create(greeting(id));
        String batchId = dakora.batches().submit(BatchRequest.of(id, List.of("echo"),
                List.of(Map.of("name", "A"), Map.of("name", "B")))).batchId();
        RecordingListener listener = new RecordingListener();

        // when
        try (EventSubscription subscription = dakora.events().batch(batchId, listener)) {

            // then
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(listener.of(DakoraEvent.BatchProgress.class))
                    .as(listener::toString).anySatisfy(progress -> assertThat(progress.status()).isEqualTo("completed")));
        }
        assertThat(listener.errors).isEmpty();
        assertThat(listener.of(DakoraEvent.BatchProgress.class)).allSatisfy(progress -> assertThat(progress.totalJobs()).isEqualTo(2));
    }

    @Test
    void should_publish_the_events_of_a_job_and_complete_when_the_server_ends_the_stream() throws Exception {
        // given
        String id = uniqueId("live-flow");
        dakora.prompts().create(greeting(id));
        String jobId = dakora.jobs().submit(JobRequest.render(id, Map.of("name", "Flo"))).jobId();
        List<DakoraEvent> events = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();

        // when
        dakora.events().jobPublisher(jobId).subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(DakoraEvent event) {
                events.add(event);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });

        // then
        done.get(60, TimeUnit.SECONDS);
        assertThat(events.getLast()).isInstanceOfSatisfying(DakoraEvent.JobCompleted.class, completed -> {
            assertThat(completed.jobId()).isEqualTo(jobId);
            assertThat(completed.rendered()).isEqualTo("Hello Flo!");
        });
    }

    @Test
    void should_end_the_publisher_with_the_authentication_error_when_the_key_is_refused() {
        // given
        CompletableFuture<Void> done = new CompletableFuture<>();
        try (Dakora stranger = Dakora.builder().url(TestStandalone.shared().url()).apiKey(TestGateway.newKey()).build()) {

            // when
            stranger.events().jobPublisher("any-job").subscribe(new Flow.Subscriber<>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscription.request(1);
                }

                @Override
                public void onNext(DakoraEvent event) {
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }

                @Override
                public void onComplete() {
                    done.complete(null);
                }
            });

            // then
            assertThatThrownBy(() -> done.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void should_refuse_the_stream_without_a_valid_key() {
        // given
        try (Dakora stranger = Dakora.builder().url(TestStandalone.shared().url()).apiKey(TestGateway.newKey()).build()) {

            // when / then
            assertThatThrownBy(() -> stranger.events().job("any-job", event -> { }))
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.status()).isEqualTo(401));
        }
    }
}
