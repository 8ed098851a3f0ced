package dev.dakora.sink.stream;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.Properties;

/** Runs the aggregation topology for as long as the application context runs. */
public final class StreamsRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StreamsRunner.class);

    private final Properties properties;
    private final Duration closeTimeout;
    private final Duration finishedRetention;
    private KafkaStreams streams;

    public StreamsRunner(Properties properties, Duration closeTimeout, Duration finishedRetention) {
        this.properties = properties;
        this.closeTimeout = closeTimeout;
        this.finishedRetention = finishedRetention;
    }

    @Override
    public synchronized void start() {
        streams = new KafkaStreams(LogSinkTopology.build(new StreamsBuilder(), LogSinkTopology.PROGRESS_INTERVAL,
                finishedRetention), properties);
        streams.setUncaughtExceptionHandler(error -> {
            log.error("Aggregation thread failed, replacing it", error);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.start();
    }

    @Override
    public synchronized void stop() {
        if (streams != null) {
            streams.close(closeTimeout);
            streams = null;
        }
    }

    /** The Kafka Streams client's state; {@code null} while stopped. */
    public synchronized KafkaStreams.State state() {
        return streams == null ? null : streams.state();
    }

    @Override
    public synchronized boolean isRunning() {
        return streams != null;
    }
}
