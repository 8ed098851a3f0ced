package dev.dakora.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Where a job's time goes between the pipeline's topics: reads every record of the five topics from
 * the beginning and, per job, takes the create time of its first record on each topic (the producer's
 * send time). Prints p50/p90/p99 of each hop over the jobs seen on all five topics: submitted → rendered
 * → model call requested → call completed → job completed. Only meaningful for single-model jobs.
 *
 * <p>Arguments: {@code <bootstrap servers> [last N jobs, all]}; {@code <bootstrap servers> log-append-time} first
 * switches the topics to broker append times, so that each time is when a record reached the broker
 * (after the producer's linger) and the log sink's output gets a time of its own (Kafka Streams
 * otherwise gives an output record its input's time).
 */
public final class PipelineTrace {

    private static final List<String> TOPICS =
            List.of("dakora.jobs", "dakora.renders", "dakora.model-calls", "dakora.call-results", "dakora.results");

    private PipelineTrace() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[1].equals("log-append-time")) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]))) {
                Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
                for (String topic : TOPICS) {
                    changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(new AlterConfigOp(
                            new ConfigEntry("message.timestamp.type", "LogAppendTime"), AlterConfigOp.OpType.SET)));
                }
                admin.incrementalAlterConfigs(changes).all().get();
            }
            return;
        }
        if (args.length > 1 && args[1].equals("timeline")) {
            timeline(args[0]);
            return;
        }
        int last = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        Map<String, long[]> jobs = new LinkedHashMap<>();
        readAll(args[0], (record, t) -> {
            if (t == 4 && !record.value().contains("\"job.completed\"")) {
                return;
            }
            long[] times = jobs.computeIfAbsent(record.key(), k -> new long[TOPICS.size()]);
            if (times[t] == 0) {
                times[t] = record.timestamp();
            }
        });
        List<long[]> complete = new ArrayList<>(jobs.values().stream().filter(times -> times[4] != 0 && times[0] != 0).toList());
        complete.sort((a, b) -> Long.compare(a[0], b[0]));
        if (complete.size() > last) {
            complete = complete.subList(complete.size() - last, complete.size());
        }
        List<long[]> client = new ArrayList<>();
        String timesFile = System.getenv("OVERHEAD_TIMES");
        if (timesFile != null && java.nio.file.Files.exists(java.nio.file.Path.of(timesFile))) {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(timesFile))) {
                String[] parts = line.split(" ");
                client.add(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])});
            }
        }
        if (client.size() == complete.size()) {
            // one client, one request after another: the i-th request made the i-th job
            List<Long> before = new ArrayList<>();
            List<Long> after = new ArrayList<>();
            for (int i = 0; i < client.size(); i++) {
                before.add(complete.get(i)[0] - client.get(i)[0]);
                after.add(client.get(i)[1] - complete.get(i)[4]);
            }
            print("request sent→submitted", before);
            print("job completed→answer received", after);
        }
        String[] hops = {"submitted→rendered", "rendered→call requested", "call requested→completed", "call completed→job completed", "submitted→job completed"};
        int[][] pairs = {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {0, 4}};
        System.out.printf("TRACE jobs=%d%n", complete.size());
        for (int h = 0; h < hops.length; h++) {
            List<Long> d = new ArrayList<>();
            for (long[] times : complete) {
                d.add(times[pairs[h][1]] - times[pairs[h][0]]);
            }
            print(hops[h], d);
        }
    }

    /** Records per second on each topic (by record time), from the first record on any topic. */
    private static void timeline(String bootstrap) {
        Map<Long, long[]> seconds = new java.util.TreeMap<>();
        readAll(bootstrap, (record, t) ->
                seconds.computeIfAbsent(record.timestamp() / 1000, k -> new long[TOPICS.size()])[t]++);
        System.out.println("TIMELINE second " + String.join(" ", TOPICS));
        long first = seconds.keySet().iterator().next();
        seconds.forEach((second, counts) -> System.out.printf("TIMELINE %4d %s%n", second - first,
                java.util.Arrays.toString(counts)));
    }

    /** Every committed record of the five topics, topic by topic from the beginning, with its topic's index. */
    private static void readAll(String bootstrap, java.util.function.ObjIntConsumer<ConsumerRecord<String, String>> seen) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            for (int t = 0; t < TOPICS.size(); t++) {
                List<TopicPartition> partitions = consumer.partitionsFor(TOPICS.get(t)).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
                while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                        seen.accept(record, t);
                    }
                }
            }
        }
    }

    private static void print(String hop, List<Long> d) {
        Collections.sort(d);
        System.out.printf("TRACE %-30s p50=%dms p90=%dms p99=%dms max=%dms%n", hop, d.get(d.size() / 2),
                d.get((int) (d.size() * 0.9)), d.get((int) Math.min(d.size() - 1, d.size() * 0.99)), d.getLast());
    }
}
