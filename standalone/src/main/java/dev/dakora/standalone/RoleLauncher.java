package dev.dakora.standalone;

import java.util.HashMap;
import java.util.Map;

import dev.dakora.gateway.health.PlatformRoles;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Starts a role as a Spring application of its own, reading the role's own {@code application.yml}
 * (see {@link RoleConfigClassLoader}). The infrastructure's addresses and the role's standalone
 * properties rank first, above arguments, environment and {@code application.yml}: in the standalone
 * the embedded servers are the only ones. {@code defaults} rank last. Shutdown hooks are left to the
 * standalone, which closes the roles before the servers. A role that serves HTTP (the gateway) is given
 * the other roles' health ({@link PlatformRoles}), so that its health answers for the whole platform.
 */
final class RoleLauncher {

    static final String STANDALONE_SOURCE = "dakoraStandalone";

    private final Map<String, Object> infrastructure;
    private final Map<String, Object> defaults;
    private final PlatformRoles platformRoles;

    RoleLauncher(Map<String, Object> infrastructure, Map<String, Object> defaults) {
        this(infrastructure, defaults, null);
    }

    RoleLauncher(Map<String, Object> infrastructure, Map<String, Object> defaults, PlatformRoles platformRoles) {
        this.infrastructure = Map.copyOf(infrastructure);
        this.defaults = Map.copyOf(defaults);
        this.platformRoles = platformRoles;
    }

    /**
     * The launcher of a standalone's roles: the servers' addresses, the prompts directory and the Kafka
     * Streams state directory under the data directory, and the standalone's health of the other roles.
     */
    static RoleLauncher of(Standalone standalone, Infrastructure servers) {
        Map<String, Object> shared = new HashMap<>(servers.roleProperties());
        shared.put("dakora.registry.local.path", standalone.settings().promptsDir().toString());
        shared.put("spring.kafka.streams.state-dir", standalone.settings().dataDir().resolve("kafka-streams").toString());
        return new RoleLauncher(shared, RoleDefaults.properties(), new StandaloneRoles(standalone));
    }

    ConfigurableApplicationContext start(Role role, String... args) {
        Class<?> application = role.application();
        return new SpringApplicationBuilder(application)
                .main(application)
                .resourceLoader(new DefaultResourceLoader(RoleConfigClassLoader.of(application)))
                .web(role.webType())
                .bannerMode(Banner.Mode.OFF)
                .registerShutdownHook(false)
                .properties(defaults)
                .initializers(standaloneProperties(role), beanClassLoader(application.getClassLoader()),
                        platformRoles(role))
                .run(args);
    }

    private ApplicationContextInitializer<ConfigurableApplicationContext> platformRoles(Role role) {
        return context -> {
            if (platformRoles != null && role.webType() != WebApplicationType.NONE) {
                context.getBeanFactory().registerSingleton("platformRoles", platformRoles);
            }
        };
    }

    private ApplicationContextInitializer<ConfigurableApplicationContext> standaloneProperties(Role role) {
        Map<String, Object> properties = new HashMap<>(infrastructure);
        properties.putAll(role.properties());
        return context -> context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource(STANDALONE_SOURCE, properties));
    }

    /** Beans load from the role's real class loader; the configuration one serves only to find files. */
    private static ApplicationContextInitializer<ConfigurableApplicationContext> beanClassLoader(ClassLoader loader) {
        return context -> context.getBeanFactory().setBeanClassLoader(loader);
    }
}
