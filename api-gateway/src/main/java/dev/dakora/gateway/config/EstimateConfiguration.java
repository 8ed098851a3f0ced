package dev.dakora.gateway.config;

import dev.dakora.common.model.Price;
import dev.dakora.common.model.PriceFile;
import dev.dakora.common.model.PriceTable;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.gateway.domain.TemplateCatalog;
import dev.dakora.gateway.estimate.CostEstimator;
import dev.dakora.gateway.estimate.Estimates;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import reactor.core.scheduler.Scheduler;

import java.util.Map;

/** Cost estimates, priced with the shipped table and the LLM worker's {@code dakora.llm.prices}, as the worker prices calls. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EstimateProperties.class)
class EstimateConfiguration {

    @Bean
    Estimates estimates(TemplateCatalog catalog, TemplateRenderer renderer, EstimateProperties properties,
                        Environment environment, @Qualifier("renderScheduler") Scheduler renderScheduler) {
        Map<String, Price> overrides = Binder.get(environment)
                .bind("dakora.llm.prices", Bindable.mapOf(String.class, Price.class)).orElse(Map.of());
        PriceTable prices = PriceFile.shipped().withOverrides(overrides);
        return new Estimates(catalog, new CostEstimator(renderer, prices, properties.outputTokens()), renderScheduler);
    }
}
