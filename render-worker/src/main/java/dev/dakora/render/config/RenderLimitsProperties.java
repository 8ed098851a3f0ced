package dev.dakora.render.config;

import dev.dakora.common.render.RenderLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Bounds on one render ({@code dakora.render.*}), the same keys and defaults as the gateway's
 * synchronous render route, so a job renders exactly as {@code POST /render} would.
 */
@ConfigurationProperties("dakora.render")
public record RenderLimitsProperties(@DefaultValue("1048576") int maxOutputChars,
                                     @DefaultValue("100000") int maxLoopIterations,
                                     @DefaultValue("50") int maxRecursionDepth,
                                     @DefaultValue("2s") Duration timeout,
                                     @DefaultValue("64") int maxConcurrentRenders,
                                     @DefaultValue("1000") int cacheSize) {

    public RenderLimits toLimits() {
        return new RenderLimits(maxOutputChars, maxLoopIterations, maxRecursionDepth, timeout, maxConcurrentRenders,
                cacheSize);
    }
}
