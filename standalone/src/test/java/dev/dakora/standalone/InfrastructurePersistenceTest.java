package dev.dakora.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfrastructurePersistenceTest {

    private static final String TOPIC = "standalone-test";

    @TempDir
    Path dataDir;

    @TempDir
    Path promptsDir;

    @Test
    void should_keep_rows_and_records_when_restarted_on_the_same_data_dir() throws Exception {
        // given
        StandaloneSettings settings = FreePorts.settings(dataDir, promptsDir);
        try (Standalone first = Standalone.start(settings, List.of())) {
            execute(first, "CREATE TABLE notes (body text)", "INSERT INTO notes VALUES ('kept')");
            createTopic(first);
            produce(first, "job-1", "queued");
            assertThat(consumeAll(first)).containsExactly("job-1=queued");
        }

        // when
        try (Standalone second = Standalone.start(settings, List.of())) {

            // then
            assertThat(query(second, "SELECT body FROM notes")).containsExactly("kept");
            assertThat(consumeAll(second)).containsExactly("job-1=queued");
        }
    }

    @Test
    void should_start_empty_when_the_data_dir_is_new() throws Exception {
        // given
        StandaloneSettings settings = FreePorts.settings(dataDir, promptsDir);

        // when
        try (Standalone standalone = Standalone.start(settings, List.of())) {

            // then
            assertThat(query(standalone, "SELECT current_database()")).containsExactly(PostgresServer.DATABASE);
            assertThat(query(standalone, "SELECT to_regclass('notes')::text")).containsOnlyNulls();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap(standalone)))) {
                assertThat(admin.listTopics().names().get()).doesNotContain(TOPIC);
            }
        }
    }

    @Test
    void should_fail_with_the_port_in_the_message_when_the_kafka_port_is_taken() throws Exception {
        // given
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StandaloneSettings settings = new StandaloneSettings(dataDir, promptsDir, StandaloneSettings.LOOPBACK,
                    FreePorts.next(), taken.getLocalPort(), FreePorts.next());

            // when / then
            assertThatThrownBy(() -> Standalone.start(settings, List.of()))
                    .hasMessageContaining("Kafka did not start on 127.0.0.1:" + taken.getLocalPort());
        }
        // and PostgreSQL, started first, was stopped again: a new start on the same directory works
        try (Standalone standalone = Standalone.start(FreePorts.settings(dataDir, promptsDir), List.of())) {
            assertThat(query(standalone, "SELECT 1::text")).containsExactly("1");
        }
    }

    private static void execute(Standalone standalone, String... statements) throws Exception {
        try (Connection connection = standalone.infrastructure().postgres().connect();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> query(Standalone standalone, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = standalone.infrastructure().postgres().connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String bootstrap(Standalone standalone) {
        return standalone.infrastructure().kafka().bootstrapServers();
    }

    private static void createTopic(Standalone standalone) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap(standalone)))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        }
    }

    private static void produce(Standalone standalone, String key, String value) throws Exception {
        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrap(standalone));
        config.put("acks", "all");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    private static List<String> consumeAll(Standalone standalone) {
        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrap(standalone));
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        List<String> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    records.add(record.key() + "=" + record.value());
                }
            }
        }
        return records;
    }
}
