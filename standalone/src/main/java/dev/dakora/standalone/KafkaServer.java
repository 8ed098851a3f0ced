package dev.dakora.standalone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;

/**
 * An embedded Kafka node in KRaft mode, broker and controller in one, listening on loopback ports.
 * Its log directory is formatted once and reused on every later start, so topics, records and
 * committed offsets survive a restart. {@link #close()} waits for the broker to finish shutting down.
 */
final class KafkaServer implements AutoCloseable {

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private KafkaServer(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    static KafkaServer start(Path logDir, String host, int port, int controllerPort) {
        Map<String, Object> properties = KafkaNodeConfig.properties(logDir, host, port, controllerPort);
        KafkaConfig config = new KafkaConfig(properties, false);
        KafkaStorage.formatIfNeeded(config, logDir);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            throw new IllegalStateException("Kafka did not start on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return new KafkaServer(server, host + ":" + port);
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    static boolean isFormatted(Path logDir) {
        return Files.isRegularFile(logDir.resolve("meta.properties"));
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
