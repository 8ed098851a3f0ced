package dev.dakora.gateway.config;

import dev.dakora.common.model.PriceTable;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.gateway.domain.TemplateCatalog;
import dev.dakora.gateway.estimate.CostEstimator;
import dev.dakora.gateway.estimate.Estimates;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.scheduler.Scheduler;

/** Cost estimates, priced with the LLM worker's price table (see {@link PricesConfiguration}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EstimateProperties.class)
class EstimateConfiguration {

    @Bean
    Estimates estimates(TemplateCatalog catalog, TemplateRenderer renderer, EstimateProperties properties,
                        PriceTable prices, @Qualifier("renderScheduler") Scheduler renderScheduler) {
        return new Estimates(catalog, new CostEstimator(renderer, prices, properties.outputTokens()), renderScheduler);
    }
}
