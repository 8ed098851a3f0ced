package dev.dakora.gateway.messaging;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Map;

/** Whether Kafka answers: the cluster's node list, asked with a short timeout, for {@code /api/health}. */
public class KafkaHealth implements AutoCloseable {

    private final AdminClient admin;
    private final Duration timeout;

    public KafkaHealth(Map<String, Object> adminConfig, Duration timeout) {
        this.admin = AdminClient.create(adminConfig);
        this.timeout = timeout;
    }

    /** {@code true} when at least one broker answered in time; never fails. */
    public Mono<Boolean> up() {
        DescribeClusterOptions options = new DescribeClusterOptions().timeoutMs((int) timeout.toMillis());
        return Mono.fromFuture(admin.describeCluster(options).nodes().toCompletionStage().toCompletableFuture())
                .map(nodes -> !nodes.isEmpty())
                .timeout(timeout.plusSeconds(1))
                .onErrorReturn(false);
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
