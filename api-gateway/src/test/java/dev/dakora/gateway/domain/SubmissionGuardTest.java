package dev.dakora.gateway.domain;

import dev.dakora.gateway.messaging.KafkaUnavailableException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionGuardTest {

    private final InFlightRows inFlight = new InFlightRows(10);
    private final SubmissionGuard guard = new SubmissionGuard(
            new SubmissionLimiter(1000, 1, () -> Instant.EPOCH), inFlight, Duration.ofSeconds(2));

    @Test
    void should_refuse_with_429_details_while_the_rows_in_flight_are_at_the_bound() {
        // given: a submission of 8 rows that Kafka has not acknowledged yet
        Sinks.Empty<Void> kafka = Sinks.empty();
        guard.admit("a", 8, kafka::asMono).subscribe();

        // when / then
        StepVerifier.create(guard.admit("b", 3, () -> Mono.just("queued")))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(TooManyRequestsException.class).hasMessageContaining("max-rows-in-flight");
                    assertThat(((TooManyRequestsException) e).retryAfterSeconds()).isEqualTo(2);
                })
                .verify();
        StepVerifier.create(guard.admit("b", 2, () -> Mono.just("queued"))).expectNext("queued").verifyComplete();
        assertThat(inFlight.held()).isEqualTo(8);
    }

    @Test
    void should_give_the_rows_back_when_a_submission_succeeds_fails_or_is_cancelled() {
        // given
        Sinks.Empty<Void> never = Sinks.empty();

        // when
        StepVerifier.create(guard.admit("a", 4, () -> Mono.just(1))).expectNext(1).verifyComplete();
        StepVerifier.create(guard.admit("a", 4, () -> Mono.error(new IllegalStateException("kafka down"))))
                .expectError(IllegalStateException.class).verify();
        guard.admit("a", 4, never::asMono).subscribe().dispose();
        StepVerifier.create(guard.admit("a", 4, () -> {
            throw new IllegalArgumentException("bad row");
        })).expectError(IllegalArgumentException.class).verify();

        // then
        assertThat(inFlight.held()).isZero();
    }

    @Test
    void should_not_start_the_submission_nor_hold_rows_when_the_client_is_over_its_rate() {
        // given
        SubmissionGuard strict = new SubmissionGuard(new SubmissionLimiter(3, 0.5, () -> Instant.EPOCH), inFlight,
                Duration.ofSeconds(1));
        strict.admit("a", 3, () -> Mono.just(1)).block();

        // when / then
        StepVerifier.create(strict.admit("a", 1, () -> Mono.error(new AssertionError("must not run"))))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(TooManyRequestsException.class).hasMessageContaining("rows-per-second");
                    assertThat(((TooManyRequestsException) e).retryAfterSeconds()).isEqualTo(2);
                })
                .verify();
        assertThat(inFlight.held()).isZero();
        assertThat(strict.precheck("a")).isPresent();
        assertThat(strict.precheck("b")).isEmpty();
    }

    @Test
    void should_give_the_rows_back_to_the_clients_rate_when_kafka_refuses_the_submission() {
        // given: a client allowed 3 rows, whose 3-row submission Kafka refuses (503)
        SubmissionGuard strict = new SubmissionGuard(new SubmissionLimiter(3, 0.5, () -> Instant.EPOCH), inFlight,
                Duration.ofSeconds(1));
        StepVerifier.create(strict.admit("a", 3, () -> Mono.error(
                        new KafkaUnavailableException("Kafka did not acknowledge the submission", null, Duration.ofSeconds(1)))))
                .expectError(KafkaUnavailableException.class).verify();

        // when: it retries, as the 503 asks
        // then: admitted, not refused with 429
        StepVerifier.create(strict.admit("a", 3, () -> Mono.just("queued"))).expectNext("queued").verifyComplete();
        assertThat(inFlight.held()).isZero();
    }

    @Test
    void should_keep_the_rows_counted_when_a_submission_fails_for_another_reason() {
        // given: a client allowed 3 rows, whose 3-row submission fails on its rows (422)
        SubmissionGuard strict = new SubmissionGuard(new SubmissionLimiter(3, 0.5, () -> Instant.EPOCH), inFlight,
                Duration.ofSeconds(1));
        StepVerifier.create(strict.admit("a", 3, () -> Mono.error(new IllegalArgumentException("bad rows"))))
                .expectError(IllegalArgumentException.class).verify();

        // when / then
        StepVerifier.create(strict.admit("a", 1, () -> Mono.just("queued")))
                .expectError(TooManyRequestsException.class).verify();
        assertThat(inFlight.held()).isZero();
    }
}
