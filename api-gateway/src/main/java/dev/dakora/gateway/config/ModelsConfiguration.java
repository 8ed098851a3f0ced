package dev.dakora.gateway.config;

import dev.dakora.common.model.PriceTable;
import dev.dakora.gateway.domain.ModelListing;
import dev.dakora.gateway.domain.ProviderKeys;
import dev.dakora.gateway.domain.RateLimits;
import dev.dakora.gateway.health.PlatformRoles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.util.Map;

/**
 * The model list reads the LLM worker's own settings ({@code dakora.llm.prices}, {@code dakora.llm.limits})
 * from this application's environment, so that where both roles share their configuration (the
 * standalone, one set of environment variables) the list shows what the worker applies. Only there (where the
 * other roles' health, {@link PlatformRoles}, is given) does it say whether a provider's key is set.
 */
@Configuration(proxyBeanMethods = false)
class ModelsConfiguration {

    @Bean
    ModelListing modelListing(Environment environment, PriceTable prices, ObjectProvider<PlatformRoles> roles) {
        Binder binder = Binder.get(environment);
        return new ModelListing(prices,
                binder.bind("dakora.llm.limits.default", RateLimits.class).orElse(null),
                binder.bind("dakora.llm.limits.providers", Bindable.mapOf(String.class, RateLimits.class)).orElse(Map.of()),
                binder.bind("dakora.llm.limits.models", Bindable.mapOf(String.class, RateLimits.class)).orElse(Map.of()),
                new ProviderKeys(roles.getIfAvailable() != null, environment::getProperty));
    }
}
