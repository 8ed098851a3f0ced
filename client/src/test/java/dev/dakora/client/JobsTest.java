package dev.dakora.client;

import static dev.dakora.client.Templates.greeting;
import static dev.dakora.client.Templates.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Jobs and synchronous comparisons through the whole pipeline of a running standalone, with the echo model. */
class JobsTest extends StandaloneClientTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void should_render_a_template_in_a_job_and_wait_for_it() {
        // given
        String id = uniqueId("job-render");
        dakora.prompts().create(greeting(id));

        // when
        JobAccepted accepted = dakora.jobs().submit(JobRequest.render(id, Map.of("name", "Ada")));
        Job job = dakora.jobs().await(accepted.jobId(), WAIT);

        // then
        assertThat(accepted.status()).isEqualTo("queued");
        assertThat(job.status()).isEqualTo("completed");
        assertThat(job.rendered()).isEqualTo("Hello Ada!");
        assertThat(job.templateId()).isEqualTo(id);
    }

    @Test
    void should_compare_with_the_echo_model_in_a_job_pinned_to_a_version() {
        // given
        String id = uniqueId("job-compare");
        dakora.prompts().create(greeting(id));
        dakora.prompts().update(id, TemplateUpdate.text("Bye {{ name }}!"));

        // when
        JobAccepted accepted = dakora.jobs().submit(
                JobRequest.compare(id, Map.of("name", "Bo"), List.of("echo")).withVersion("1.0.0"));
        Job job = dakora.jobs().awaitAsync(accepted.jobId(), WAIT).join();

        // then
        assertThat(job.status()).isEqualTo("completed");
        assertThat(job.result().results()).singleElement().satisfies(result -> {
            assertThat(result.output()).isEqualTo("Hello Bo!");
            assertThat(result.error()).isNull();
        });
        assertThat(job.result().successfulCount()).isEqualTo(1);
    }

    @Test
    void should_answer_the_same_job_for_the_same_idempotency_key() {
        // given
        String id = uniqueId("job-idem");
        dakora.prompts().create(greeting(id));
        String key = uniqueId("idem");

        // when
        JobAccepted first = dakora.jobs().submit(JobRequest.render(id, Map.of("name", "A")), key);
        JobAccepted second = dakora.jobs().submit(JobRequest.render(id, Map.of("name", "B")), key);
        JobAccepted other = dakora.jobs().submit(JobRequest.render(id, Map.of("name", "A")), uniqueId("idem"));

        // then
        assertThat(second.jobId()).isEqualTo(first.jobId());
        assertThat(other.jobId()).isNotEqualTo(first.jobId());
    }

    @Test
    void should_refuse_to_cancel_a_finished_job_and_to_read_an_unknown_one() {
        // given
        String id = uniqueId("job-done");
        dakora.prompts().create(greeting(id));
        String jobId = dakora.jobs().submit(JobRequest.render(id, Map.of("name", "Ada"))).jobId();
        dakora.jobs().await(jobId, WAIT);

        // when / then
        assertThatThrownBy(() -> dakora.jobs().cancel(jobId)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> dakora.jobs().get("no-such-job")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dakora.jobs().await("no-such-job", WAIT)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void should_compare_synchronously_with_a_per_model_error_for_an_unknown_provider() {
        // given
        String id = uniqueId("compare");
        dakora.prompts().create(greeting(id));

        // when
        CompareResult result = dakora.prompts().compare(id, List.of("echo", "nosuch/model"), Map.of("name", "Cy"));

        // then
        assertThat(result.results()).extracting(CompareResult.ModelResult::model).containsExactly("echo", "nosuch/model");
        assertThat(result.results().getFirst().output()).isEqualTo("Hello Cy!");
        assertThat(result.results().get(1).error()).isNotBlank();
        assertThat(result.successfulCount()).isEqualTo(1);
        assertThat(result.failedCount()).isEqualTo(1);
    }

    @Test
    void should_refuse_a_compare_job_without_models() {
        // given
        String id = uniqueId("no-models");
        dakora.prompts().create(greeting(id));

        // when / then
        assertThatThrownBy(() -> dakora.jobs().submit(JobRequest.compare(id, Map.of("name", "x"), List.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
