package dev.dakora.gateway.config;

import dev.dakora.gateway.domain.InFlightRows;
import dev.dakora.gateway.domain.SubmissionGuard;
import dev.dakora.gateway.domain.SubmissionLimiter;
import dev.dakora.gateway.web.SubmissionLimitFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The submission limits: a rate per client, a bound on rows in flight and on batch uploads read at once. */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

    @Bean
    SubmissionGuard submissionGuard(DakoraProperties properties, Clock clock) {
        DakoraProperties.Limits limits = properties.limits();
        long burst = Math.max(limits.burstRows(), properties.jobs().maxBatchRows());
        long inFlight = Math.max(limits.maxRowsInFlight(), properties.jobs().maxBatchRows());
        return new SubmissionGuard(new SubmissionLimiter(burst, limits.rowsPerSecond(), clock), new InFlightRows(inFlight),
                limits.busyRetryAfter());
    }

    @Bean
    SubmissionLimitFilter submissionLimitFilter(SubmissionGuard guard, DakoraProperties properties) {
        return new SubmissionLimitFilter(guard, properties.limits().maxConcurrentBatches(), properties.limits().busyRetryAfter());
    }
}
