package dev.dakora.standalone;

import java.util.Map;

/**
 * Defaults for every role in the standalone, ranked lowest: arguments, environment variables and the
 * roles' own configuration override them. The servers' own logs are kept to warnings. The log sink's
 * Kafka Streams thread waits at most 5 ms in a poll and commits every 10 ms (instead of 100 ms each):
 * with exactly-once processing a job's result is visible only after the commit that follows it, and
 * an idle thread reaches that commit only when its poll returns, so these bound a synchronous
 * compare's wait in a quiet standalone. The LLM worker is a static member of its group (its embedded
 * broker is its own, so the id is unique there): restarted, it takes its partitions back at once.
 */
final class RoleDefaults {

    static final int DEFAULT_HTTP_PORT = 54321;

    private RoleDefaults() {
    }

    static Map<String, Object> properties() {
        return Map.of(
                "server.port", DEFAULT_HTTP_PORT,
                "logging.level.kafka", "WARN",
                "logging.level.org.apache.kafka", "WARN",
                "logging.level.state.change.logger", "WARN",
                "logging.level.io.zonky", "WARN",
                "spring.kafka.producer.buffer-memory", "8MB",
                "dakora.llm.kafka.instance-id", "standalone",
                "dakora.log-sink.streams.properties[producer.buffer.memory]", String.valueOf(8 * 1024 * 1024));
    }
}
