package dev.dakora.standalone;

import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SimpleCommandLinePropertySource;

/**
 * Starts a role as a Spring application of its own. The infrastructure's addresses rank just below the
 * command line arguments, above the role's {@code application.yml} and the environment, so a role's
 * own defaults (a local database URL) never win over the embedded servers; {@code defaults} rank
 * lowest. Shutdown hooks are left to the standalone, which closes the roles before the servers.
 */
final class RoleLauncher {

    static final String INFRASTRUCTURE_SOURCE = "dakoraStandaloneInfrastructure";

    private final Map<String, Object> infrastructure;
    private final Map<String, Object> defaults;

    RoleLauncher(Map<String, Object> infrastructure, Map<String, Object> defaults) {
        this.infrastructure = Map.copyOf(infrastructure);
        this.defaults = Map.copyOf(defaults);
    }

    ConfigurableApplicationContext start(Role role, String... args) {
        return new SpringApplicationBuilder(role.application())
                .web(role.webType())
                .bannerMode(Banner.Mode.OFF)
                .registerShutdownHook(false)
                .properties(defaults)
                .initializers(infrastructureProperties())
                .run(args);
    }

    private ApplicationContextInitializer<ConfigurableApplicationContext> infrastructureProperties() {
        return context -> {
            MutablePropertySources sources = context.getEnvironment().getPropertySources();
            MapPropertySource source = new MapPropertySource(INFRASTRUCTURE_SOURCE, infrastructure);
            if (sources.contains(SimpleCommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME)) {
                sources.addAfter(SimpleCommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME, source);
            } else {
                sources.addFirst(source);
            }
        };
    }
}
