package dev.dakora.bench;

import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.Topics;
import dev.dakora.sink.LogSinkApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

/**
 * The whole log sink (aggregation and PostgreSQL consumers) against an in-process KRaft broker and an
 * embedded PostgreSQL: call results are published first, then the sink starts, and the execution rows
 * it writes per second are timed from its first row to its last (start-up excluded).
 *
 * <p>Arguments: rows (default 200000), topic partitions (default 2), consumer threads (default 2).
 */
public final class LogSinkEndToEndBenchmark {

    private LogSinkEndToEndBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int consumers = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, partitions);
        kafka.brokerProperties(Map.of("transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1", "group.initial.rebalance.delay.ms", "0"));
        kafka.afterPropertiesSet();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            kafka.addTopics(new NewTopic(Topics.CALL_RESULTS.name(), partitions, (short) 1));
            publish(kafka.getBrokersAsString(), rows);
            try (ConfigurableApplicationContext sink = start(kafka.getBrokersAsString(), postgres, partitions, consumers)) {
                long first = 0;
                long firstCount = 0;
                long count;
                while ((count = count(postgres)) < rows) {
                    if (first == 0 && count > 0) {
                        first = System.nanoTime();
                        firstCount = count;
                    }
                    Thread.sleep(50);
                }
                double seconds = (System.nanoTime() - first) / 1e9;
                System.out.printf("log-sink end to end: %d rows in %.2f s = %.0f rows/s (%d partitions, %d consumers)%n",
                        count - firstCount, seconds, (count - firstCount) / seconds, partitions, consumers);
            }
        } finally {
            kafka.destroy();
        }
    }

    private static void publish(String brokers, int rows) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < rows; i++) {
                ModelCallCompleted call = SampleCallResults.call("e2e", i);
                producer.send(new ProducerRecord<>(Topics.CALL_RESULTS.name(), call.jobId(), EventJson.write(call)));
            }
        }
    }

    private static ConfigurableApplicationContext start(String brokers, EmbeddedPostgres postgres, int partitions,
                                                        int consumers) throws Exception {
        String location = "//localhost:" + postgres.getPort() + "/postgres";
        return new SpringApplicationBuilder(LogSinkApplication.class).web(WebApplicationType.NONE).run(
                "--spring.kafka.bootstrap-servers=" + brokers,
                "--spring.r2dbc.url=r2dbc:postgresql:" + location,
                "--spring.r2dbc.username=postgres", "--spring.r2dbc.password=postgres",
                "--spring.flyway.url=jdbc:postgresql:" + location,
                "--spring.flyway.user=postgres", "--spring.flyway.password=postgres",
                "--dakora.log-sink.topics.partitions=" + partitions,
                "--dakora.log-sink.consumer.concurrency=" + consumers,
                "--dakora.log-sink.streams.state-dir=" + Files.createTempDirectory("log-sink-bench"),
                "--logging.level.root=WARN");
    }

    private static long count(EmbeddedPostgres postgres) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM executions")) {
            result.next();
            return result.getLong(1);
        }
    }
}
