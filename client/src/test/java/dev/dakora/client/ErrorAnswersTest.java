package dev.dakora.client;

import static dev.dakora.client.Templates.greeting;
import static dev.dakora.client.Templates.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each typed exception, from what a real gateway answers. */
class ErrorAnswersTest extends ClientTest {

    @Test
    void should_throw_not_found_with_the_server_detail_when_the_template_is_unknown() {
        // given
        String id = uniqueId("missing");

        // when
        NotFoundException error = catchThrowableOfType(NotFoundException.class, () -> dakora.prompts().get(id));

        // then
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.detail()).contains(id);
        assertThatThrownBy(() -> dakora.prompts().delete(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void should_throw_validation_with_field_errors_when_a_required_input_is_missing() {
        // given
        String id = uniqueId("strict");
        dakora.prompts().create(greeting(id));

        // when
        ValidationException error = catchThrowableOfType(ValidationException.class,
                () -> dakora.prompts().render(id, Map.of()));

        // then
        assertThat(error.status()).isEqualTo(422);
        assertThat(error.errors()).extracting(FieldError::field).contains("name");
        assertThat(dakora.prompts().render(id, Map.of("name", "ok")).rendered()).isEqualTo("Hello ok!");
    }

    @Test
    void should_throw_validation_with_400_when_the_spec_is_invalid() {
        // given
        Template badType = Template.of(uniqueId("bad-type"), "{{ x }}").withInput("x", InputSpec.required("float"));

        // when
        ValidationException error = catchThrowableOfType(ValidationException.class,
                () -> dakora.prompts().create(badType));

        // then
        assertThat(error.status()).isIn(400, 422);
        assertThat(error.detail()).isNotBlank();
        assertThat(error.errors()).isNotEmpty();
    }

    @Test
    void should_throw_conflict_when_the_id_exists() {
        // given
        String id = uniqueId("twice");
        dakora.prompts().create(greeting(id));

        // when
        ConflictException error = catchThrowableOfType(ConflictException.class,
                () -> dakora.prompts().create(greeting(id)));

        // then
        assertThat(error.status()).isEqualTo(409);
        assertThat(error.detail()).contains(id);
    }

    @Test
    void should_throw_authentication_when_no_key_or_an_ordinary_key_asks_for_keys() {
        // given
        try (Dakora anonymous = Dakora.builder().url(TestGateway.shared().url()).build()) {

            // when
            AuthenticationException noKey = catchThrowableOfType(AuthenticationException.class,
                    () -> anonymous.prompts().list());
            AuthenticationException ordinary = catchThrowableOfType(AuthenticationException.class,
                    () -> dakora.keys().list());

            // then
            assertThat(noKey.status()).isEqualTo(401);
            assertThat(ordinary.status()).isEqualTo(403);
            assertThat(ordinary.detail()).contains("admin key");
        }
    }

    @Test
    void should_throw_server_exception_with_retry_after_when_kafka_is_down() {
        // given
        String id = uniqueId("no-kafka");
        dakora.prompts().create(greeting(id));

        // when
        ServerException error = catchThrowableOfType(ServerException.class,
                () -> dakora.jobs().submit(JobRequest.render(id, Map.of("name", "Ada"))));

        // then
        assertThat(error.status()).isEqualTo(503);
        assertThat(error.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void should_throw_validation_and_queue_nothing_when_job_inputs_fail_the_spec() {
        // given
        String id = uniqueId("job-inputs");
        dakora.prompts().create(greeting(id));

        // when / then
        assertThatThrownBy(() -> dakora.jobs().submit(JobRequest.render(id, Map.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.status()).isEqualTo(422));
    }

    @Test
    void should_throw_the_base_exception_with_413_when_the_body_is_too_large() {
        // given
        String id = uniqueId("big");
        dakora.prompts().create(greeting(id));

        // when
        DakoraException error = catchThrowableOfType(DakoraException.class,
                () -> dakora.prompts().render(id, Map.of("name", "x".repeat(1_100_000))));

        // then
        assertThat(error.getClass()).isEqualTo(DakoraException.class);
        assertThat(error.status()).isEqualTo(413);
        assertThat(error.detail()).isNotBlank();
    }

    @Test
    void should_throw_connection_exception_saying_how_to_start_the_server_when_nothing_listens() {
        // given
        try (Dakora nowhere = Dakora.builder().url("http://127.0.0.1:" + TestGateway.closedPort())
                .timeout(Duration.ofSeconds(2)).build()) {

            // when
            ConnectionException error = catchThrowableOfType(ConnectionException.class, () -> nowhere.prompts().list());

            // then
            assertThat(error.status()).isZero();
            assertThat(error.getMessage()).contains("unreachable").contains("dakora-standalone.jar");
        }
    }
}
