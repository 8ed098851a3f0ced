package dev.dakora.render.config;

import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.render.domain.JobRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Wires the plain-Java render step with the configured render limits. */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

    @Bean(destroyMethod = "close")
    TemplateRenderer templateRenderer(RenderLimitsProperties limits) {
        return new TemplateRenderer(limits.toLimits());
    }

    @Bean
    JobRenderer jobRenderer(TemplateRenderer templateRenderer) {
        return new JobRenderer(templateRenderer, Clock.systemUTC());
    }
}
