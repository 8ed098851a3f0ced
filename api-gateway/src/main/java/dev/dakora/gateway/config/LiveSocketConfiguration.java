package dev.dakora.gateway.config;

import dev.dakora.gateway.experiments.ExperimentProgress;
import dev.dakora.gateway.experiments.ExperimentReads;
import dev.dakora.gateway.live.LiveEventsSocket;
import dev.dakora.gateway.live.LiveSnapshots;
import dev.dakora.gateway.messaging.LiveEvents;
import dev.dakora.gateway.persistence.BatchReads;
import dev.dakora.gateway.persistence.BatchSavings;
import dev.dakora.gateway.persistence.ExecutionReads;
import dev.dakora.gateway.persistence.JobReads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;

import java.time.Duration;
import java.util.Map;

/** The WebSocket route {@code /ws/events}. */
@Configuration(proxyBeanMethods = false)
class LiveSocketConfiguration {

    @Bean
    LiveSnapshots liveSnapshots(JobReads jobs, BatchReads batches, BatchSavings savings, ExecutionReads executions) {
        return new LiveSnapshots(jobs, batches, savings, executions);
    }

    @Bean
    HandlerMapping liveEventsMapping(LiveEvents events, LiveSnapshots snapshots, ExperimentReads experiments) {
        ExperimentProgress progress = new ExperimentProgress(experiments, Duration.ofSeconds(1));
        return new SimpleUrlHandlerMapping(Map.of("/ws/events", new LiveEventsSocket(events, snapshots, progress::of)),
                Ordered.HIGHEST_PRECEDENCE);
    }
}
