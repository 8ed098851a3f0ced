package dev.dakora.gateway.config;

import dev.dakora.common.config.DatabaseUrl;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.Map;

/**
 * Accepts the reference's {@code DATABASE_URL=postgresql://user:pass@host:port/db} and turns it into the
 * R2DBC and Flyway (JDBC) settings. They override {@code application.yml}; system properties and
 * environment variables that set them explicitly (e.g. {@code SPRING_R2DBC_URL}) still win.
 */
public class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "dakoraDatabaseUrl";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("DATABASE_URL");
        if (url == null || url.isBlank()) {
            return;
        }
        Map<String, Object> properties = DatabaseUrl.parse(url).toProperties();
        MapPropertySource source = new MapPropertySource(SOURCE_NAME, properties);
        String systemEnvironment = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        if (environment.getPropertySources().contains(systemEnvironment)) {
            environment.getPropertySources().addAfter(systemEnvironment, source);
        } else {
            environment.getPropertySources().addFirst(source);
        }
    }
}
