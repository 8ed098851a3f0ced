package dev.dakora.gateway.config;

import dev.dakora.common.model.Price;
import dev.dakora.common.model.PriceFile;
import dev.dakora.common.model.PriceTable;
import dev.dakora.gateway.persistence.BatchSavings;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;

import java.util.Map;

/**
 * The price table the LLM worker prices calls with: the shipped table and the worker's {@code dakora.llm.prices}
 * read from this application's environment (one set of settings where the roles share it, as in the standalone).
 * The estimates, the model list and the batch lane's saving price with it.
 */
@Configuration(proxyBeanMethods = false)
class PricesConfiguration {

    @Bean
    PriceTable llmPrices(Environment environment) {
        Map<String, Price> overrides = Binder.get(environment)
                .bind("dakora.llm.prices", Bindable.mapOf(String.class, Price.class)).orElse(Map.of());
        return PriceFile.shipped().withOverrides(overrides);
    }

    @Bean
    BatchSavings batchSavings(DatabaseClient db, PriceTable llmPrices) {
        return new BatchSavings(db, llmPrices);
    }
}
