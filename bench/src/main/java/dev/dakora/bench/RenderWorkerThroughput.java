package dev.dakora.bench;

import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.JobSubmitted;
import dev.dakora.common.event.RenderCompleted;
import dev.dakora.common.event.RenderEvent;
import dev.dakora.common.event.Topics;
import dev.dakora.common.event.kafka.EventSerde;
import dev.dakora.render.RenderWorkerApplication;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Render worker throughput on an embedded single-node KRaft broker: loads {@code jobs} compare jobs of
 * {@code models} models each into {@code dakora.jobs}, starts the worker, and reads {@code dakora.renders}
 * (read_committed) until every job's {@link RenderCompleted} is there. The rate is taken from the
 * records' create times (stamped by the worker's producer), so start-up and group join do not count.
 *
 * <p>Arguments: {@code [jobs] [models] [--spring.property=value ...]}; the Spring arguments go to the worker.
 */
public final class RenderWorkerThroughput {

    private RenderWorkerThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int models = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String[] workerArgs = Arrays.stream(args).filter(arg -> arg.startsWith("--")).toArray(String[]::new);
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6, Topics.JOBS.name());
        // one broker: the transaction log cannot have Kafka's default three replicas
        broker.brokerProperties(Map.of("transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1"));
        broker.afterPropertiesSet();
        try {
            load(broker.getBrokersAsString(), jobs, models);
            String[] all = Stream.concat(Stream.of("--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                    "--logging.level.root=WARN"), Arrays.stream(workerArgs)).toArray(String[]::new);
            long started = System.nanoTime();
            try (ConfigurableApplicationContext worker = new SpringApplicationBuilder(RenderWorkerApplication.class).run(all)) {
                report(jobs, models, readRenders(broker.getBrokersAsString(), jobs), started);
            }
        } finally {
            broker.destroy();
        }
    }

    private static void load(String servers, int jobs, int models) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < jobs; i++) {
                String jobId = "bench-" + i;
                JobSubmitted job = BenchJobs.compare(jobId, i, models);
                producer.send(new ProducerRecord<>(Topics.JOBS.name(), jobId, EventJson.write(job)));
            }
            producer.flush();
        }
    }

    /** Create times of the first and last render event, and how many completed. */
    private record Renders(long firstMillis, long lastMillis, int completed, long readAtNanos) {
    }

    private static Renders readRenders(String servers, int jobs) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), EventSerde.of(Topics.RENDERS))) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.RENDERS.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            int completed = 0;
            int seen = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (seen < jobs && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, RenderEvent> record : consumer.poll(Duration.ofMillis(200))) {
                    seen++;
                    completed += record.value() instanceof RenderCompleted ? 1 : 0;
                    first = Math.min(first, record.timestamp());
                    last = Math.max(last, record.timestamp());
                }
            }
            if (seen < jobs) {
                throw new IllegalStateException("only " + seen + " of " + jobs + " render events arrived");
            }
            return new Renders(first, last, completed, System.nanoTime());
        }
    }

    private static void report(int jobs, int models, Renders renders, long startedNanos) {
        double seconds = Math.max(1, renders.lastMillis() - renders.firstMillis()) / 1000.0;
        double wall = (renders.readAtNanos() - startedNanos) / 1e9;
        System.out.printf("render-worker: %d jobs (%d completed), %d model calls each, %d cores%n", jobs,
                renders.completed(), models, Runtime.getRuntime().availableProcessors());
        System.out.printf("  first to last render event: %.2f s -> %.0f jobs/s, %.0f model calls/s%n", seconds,
                jobs / seconds, jobs * (double) models / seconds);
        System.out.printf("  including start-up and group join: %.2f s -> %.0f jobs/s%n", wall, jobs / wall);
    }
}
