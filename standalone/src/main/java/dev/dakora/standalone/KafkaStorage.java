package dev.dakora.standalone;

import java.io.PrintStream;
import java.nio.file.Path;

import kafka.server.KafkaConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * Formats a KRaft log directory with a new cluster id the first time; a directory that already holds
 * {@code meta.properties} keeps its cluster id and is left as it is.
 */
final class KafkaStorage {

    private KafkaStorage() {
    }

    static void formatIfNeeded(KafkaConfig config, Path logDir) {
        if (KafkaServer.isFormatted(logDir)) {
            return;
        }
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                    .setNodeId(config.nodeId())
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(KafkaNodeConfig.CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(logDir.toString())
                    .addDirectory(logDir.toString())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format the Kafka log directory " + logDir + ": "
                    + e.getMessage(), e);
        }
    }
}
