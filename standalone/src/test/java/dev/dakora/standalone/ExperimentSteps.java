package dev.dakora.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dakora.common.event.BatchSubmitted;
import dev.dakora.common.event.EvalContext;
import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.ExperimentDefined;
import dev.dakora.common.event.JobSubmitted;
import dev.dakora.common.event.JobType;
import dev.dakora.common.event.Topics;
import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.InputType;
import dev.dakora.common.template.TemplateDocuments;
import dev.dakora.common.template.TemplateSpec;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * An experiment through the whole standalone pipeline, published to Kafka as the gateway would: its
 * definition, then a batch of jobs carrying eval contexts. The built-in echo model answers both the
 * evaluated calls and the judge calls; the scores land in {@code experiment_results}.
 */
final class ExperimentSteps {

    private static final String EXPERIMENT = "exp-e2e";
    private static final String BATCH = "exp-e2e-batch";

    private final PipelineFixture fixture;

    ExperimentSteps(PipelineFixture fixture) {
        this.fixture = fixture;
    }

    /** Runs a two-row experiment with a contains assertion and an echo judge, and checks what was stored. */
    void runJudgedExperimentAndCheckItsScores() throws Exception {
        // given: a judge template that makes the echo model answer with a score
        TemplateSpec capital = new TemplateSpec("capital-of", "1.0.0", null, "The capital of {{ country }}",
                Map.of("country", InputSpec.of(InputType.STRING)), Map.of());
        TemplateSpec judge = new TemplateSpec("echo-judge", "1.0.0", null, "{\"score\": 1, \"reason\": \"{{ rubric }}\"}",
                Map.of("rubric", InputSpec.of(InputType.STRING), "output", InputSpec.of(InputType.STRING)), Map.of());
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("name", "capitals");
        spec.put("template", "capital-of");
        spec.put("versions", List.of("1.0.0"));
        spec.put("models", List.of("echo"));
        spec.put("dataset", Map.of("name", "capitals", "version", "1.0.0"));
        spec.put("assertions", List.of(Map.of("type", "contains", "value", "France"),
                Map.of("type", "llm-judge", "rubric", "names a capital", "model", "echo", "template", "echo-judge")));
        ExperimentDefined defined = new ExperimentDefined(EXPERIMENT, "capitals", "capital-of", spec,
                Map.of("1", TemplateDocuments.toMap(judge)), Map.of("1.0.0", BATCH), 2, 2, Instant.now());
        List<String> countries = List.of("France", "Japan");

        // when
        publish(defined, BATCH, capital, countries, false);

        // then
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(query("SELECT call_id FROM experiment_results WHERE experiment_id = '" + EXPERIMENT + "'"))
                        .hasSize(2));
        assertThat(query("SELECT dataset_row || ':' || passed || ':' || score || ':' || (assertions->1->>'score')"
                + " FROM experiment_results WHERE experiment_id = '" + EXPERIMENT + "' ORDER BY dataset_row"))
                .containsExactly("1:true:1:1.0", "2:false:0.5:1.0");
        assertThat(query("SELECT call_id FROM executions WHERE job_id LIKE '" + BATCH + "-_:judge' ORDER BY call_id"))
                .containsExactly(BATCH + "-0:echo:0:judge:1", BATCH + "-1:echo:0:judge:1");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(query("SELECT status || ':' || total_calls || ':' || completed_calls FROM batches"
                        + " WHERE batch_id = '" + BATCH + "'")).containsExactly("completed:2:2"));
    }

    /**
     * Runs a two-row experiment with deterministic assertions only: the gateway marks such calls judge-free and
     * the log sink scores them in the transaction that logs them; checks what was stored.
     */
    void runJudgeFreeExperimentAndCheckItsScores() throws Exception {
        // given
        TemplateSpec capital = new TemplateSpec("capital-of", "1.0.0", null, "The capital of {{ country }}",
                Map.of("country", InputSpec.of(InputType.STRING)), Map.of());
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("name", "capitals-free");
        spec.put("template", "capital-of");
        spec.put("versions", List.of("1.0.0"));
        spec.put("models", List.of("echo"));
        spec.put("dataset", Map.of("name", "capitals", "version", "1.0.0"));
        spec.put("assertions", List.of(Map.of("type", "contains", "value", "France"),
                Map.of("type", "starts-with", "value", "The capital")));
        String experiment = EXPERIMENT + "-free";
        String batch = BATCH + "-free";
        ExperimentDefined defined = new ExperimentDefined(experiment, "capitals-free", "capital-of", spec, Map.of(),
                Map.of("1.0.0", batch), 2, 2, Instant.now());

        // when
        publish(defined, batch, capital, List.of("France", "Japan"), true);

        // then
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(query("SELECT dataset_row || ':' || passed || ':' || score FROM experiment_results"
                        + " WHERE experiment_id = '" + experiment + "' ORDER BY dataset_row"))
                        .containsExactly("1:true:1", "2:false:0.5"));
        assertThat(query("SELECT count(*) FROM executions WHERE job_id LIKE '" + batch + "-_:judge'")).containsExactly("0");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(query("SELECT status || ':' || total_calls || ':' || completed_calls FROM batches"
                        + " WHERE batch_id = '" + batch + "'")).containsExactly("completed:2:2"));
    }

    /** Publishes the definition, then the batch and one job per country, as the gateway does. */
    private void publish(ExperimentDefined defined, String batch, TemplateSpec template, List<String> countries,
                         boolean judgeFree) throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.EXPERIMENTS.name(), defined.experimentId(),
                    EventJson.write(defined))).get();
            producer.send(new ProducerRecord<>(Topics.JOBS.name(), batch, EventJson.write(new BatchSubmitted(batch,
                    defined.name(), template.id(), template.version(), List.of("echo"), countries.size(),
                    countries.size(), Instant.now())))).get();
            for (int row = 0; row < countries.size(); row++) {
                JobSubmitted job = JobSubmitted.of(batch + "-" + row, JobType.COMPARE, batch, row, template,
                        Map.of("country", countries.get(row)), List.of("echo"), null, Instant.now())
                        .withEval(EvalContext.of(defined.experimentId(), row + 1, null, judgeFree));
                producer.send(new ProducerRecord<>(Topics.JOBS.name(), job.jobId(), EventJson.write(job))).get();
            }
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        String bootstrap = fixture.standalone().infrastructure().kafka().bootstrapServers();
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    private List<String> query(String sql) throws Exception {
        String url = fixture.standalone().infrastructure().postgres().jdbcUrl();
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, "");
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
