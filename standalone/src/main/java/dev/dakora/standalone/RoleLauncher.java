package dev.dakora.standalone;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.Banner;
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
 * standalone, which closes the roles before the servers.
 */
final class RoleLauncher {

    static final String STANDALONE_SOURCE = "dakoraStandalone";

    private final Map<String, Object> infrastructure;
    private final Map<String, Object> defaults;

    RoleLauncher(Map<String, Object> infrastructure, Map<String, Object> defaults) {
        this.infrastructure = Map.copyOf(infrastructure);
        this.defaults = Map.copyOf(defaults);
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
                .initializers(standaloneProperties(role), beanClassLoader(application.getClassLoader()))
                .run(args);
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
