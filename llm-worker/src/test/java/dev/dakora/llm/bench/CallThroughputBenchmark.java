package dev.dakora.llm.bench;

import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.event.Topics;
import dev.dakora.llm.LlmWorkerApplication;
import dev.dakora.llm.support.Calls;
import dev.dakora.testsupport.FakeOpenAiProvider;
import dev.dakora.testsupport.Reply;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Calls per second through the whole worker: {@code dakora.model-calls} on an embedded KRaft broker,
 * the worker calling a fake OpenAI server that answers after a fixed latency, results read back from
 * {@code dakora.call-results}. All requests are published first; the clock runs from the worker's start
 * until the last result is read. Not a test: run it by hand (see the module README).
 *
 * <p>System properties: {@code calls} (20000), {@code latencyMs} (200), {@code models} (1),
 * {@code provider} ({@code openai}: the fake server; {@code echo}: the built-in echo with the same latency),
 * {@code maxConcurrent} per model (2000), {@code consumers} (1); {@code maxInFlight} per instance,
 * {@code maxInFlightPerPartition} and {@code maxPoll}: the worker's defaults unless given.
 */
public final class CallThroughputBenchmark {

    public static void main(String[] args) throws Exception {
        int calls = Integer.getInteger("calls", 20_000);
        int latencyMs = Integer.getInteger("latencyMs", 200);
        int models = Integer.getInteger("models", 1);
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6,
                Topics.MODEL_CALLS.name(), Topics.CALL_RESULTS.name(), Topics.JOBS.name(), Topics.MODEL_CALLS.deadLetter());
        broker.afterPropertiesSet();
        try (FakeOpenAiProvider server = FakeOpenAiProvider.start()) {
            server.otherwise(Reply.ok("benchmark answer", 12, 4).after(Duration.ofMillis(latencyMs)));
            String brokers = broker.getBrokersAsString();
            publish(brokers, calls, models);
            try (KafkaConsumer<String, String> results = resultsConsumer(brokers)) {
                long start = System.nanoTime();
                long cpuStart = cpuNanos();
                try (ConfigurableApplicationContext worker = startWorker(brokers, server.baseUrl())) {
                    long ready = System.nanoTime();
                    Set<String> seen = new HashSet<>();
                    Map<String, Integer> outcomes = new TreeMap<>();
                    long records = 0;
                    while (seen.size() < calls) {
                        for (var record : results.poll(Duration.ofMillis(200))) {
                            records++;
                            ModelCallCompleted result = EventJson.read(record.value(), ModelCallCompleted.class);
                            seen.add(result.callId());
                            String outcome = result.succeeded() ? "succeeded"
                                    : result.status().wireName() + ": " + result.error().substring(0, Math.min(80, result.error().length()));
                            outcomes.merge(outcome, 1, Integer::sum);
                        }
                    }
                    long end = System.nanoTime();
                    report(calls, latencyMs, models, start, ready, end, records, server.requests().size());
                    System.out.printf("process CPU time: %.1f s = %.0f calls per CPU-second (worker, broker, fake server and reader together)%n",
                            (cpuNanos() - cpuStart) / 1e9, calls / ((cpuNanos() - cpuStart) / 1e9));
                    outcomes.forEach((outcome, count) -> System.out.printf("  %6d %s%n", count, outcome));
                }
            }
        } finally {
            broker.destroy();
        }
        System.exit(0);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void publish(String brokers, int calls, int models) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ProducerConfig.LINGER_MS_CONFIG, 20),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < calls; i++) {
                String job = "bench-job-" + (i / 10);
                String model = "echo".equals(System.getProperty("provider")) ? "echo/bench-" + (i % models) : "openai/bench-" + (i % models);
                ModelCallRequested call = Calls.request(job, model, "benchmark prompt " + i, i % 10);
                producer.send(new ProducerRecord<>(Topics.MODEL_CALLS.name(), job, EventJson.write(call)));
            }
            producer.flush();
        }
    }

    private static KafkaConsumer<String, String> resultsConsumer(String brokers) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.CALL_RESULTS.name()));
        return consumer;
    }

    private static ConfigurableApplicationContext startWorker(String brokers, String openAiBaseUrl) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "--spring.kafka.bootstrap-servers=" + brokers,
                "--logging.level.root=WARN",
                "--logging.level.dev.dakora.llm.domain=" + System.getProperty("domainLog", "WARN"),
                "--dakora.llm.providers.openai.base-url=" + openAiBaseUrl,
                "--OPENAI_API_KEY=" + Calls.generatedKey(),
                "--dakora.llm.echo.latency=" + Integer.getInteger("latencyMs", 200) + "ms",
                "--dakora.llm.limits.default.max-concurrent=" + Integer.getInteger("maxConcurrent", 2000),
                "--dakora.llm.kafka.concurrency=" + Integer.getInteger("consumers", 1)));
        Map.of("maxInFlight", "max-in-flight", "maxInFlightPerPartition", "max-in-flight-per-partition",
                "maxPoll", "max-poll-records").forEach((property, setting) -> {
            if (System.getProperty(property) != null) {
                args.add("--dakora.llm.kafka." + setting + "=" + Integer.getInteger(property));
            }
        });
        return new SpringApplicationBuilder(LlmWorkerApplication.class).run(args.toArray(String[]::new));
    }

    private static void report(int calls, int latencyMs, int models, long start, long ready, long end, long records,
                               int requests) {
        double seconds = (end - start) / 1e9;
        double afterStart = (end - ready) / 1e9;
        System.out.printf("%n%d calls, %d model(s), fake provider latency %d ms, %d cores%n", calls, models, latencyMs,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("worker start + all calls: %.2f s = %.0f calls/s%n", seconds, calls / seconds);
        System.out.printf("after the context was up: %.2f s = %.0f calls/s%n", afterStart, calls / afterStart);
        System.out.printf("results read: %d (distinct %d), provider requests: %d, peak platform threads: %d%n",
                records, calls, requests, ManagementFactory.getThreadMXBean().getPeakThreadCount());
    }
}
