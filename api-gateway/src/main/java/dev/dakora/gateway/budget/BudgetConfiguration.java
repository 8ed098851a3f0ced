package dev.dakora.gateway.budget;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BudgetProperties.class)
class BudgetConfiguration {

    @Bean
    Budgets budgets(BudgetProperties properties, DatabaseClient db, Clock clock) {
        return new Budgets(properties, new SpendReads(db), clock);
    }
}
