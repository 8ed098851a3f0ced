package dev.dakora.standalone;

import java.util.Map;

import org.springframework.boot.WebApplicationType;

/**
 * One deployable role of the platform, started as its own Spring application inside the standalone
 * JVM: the class is the role's {@code @SpringBootApplication}, exactly as its own module runs it.
 * {@code properties} apply to this role only, in the standalone only (for example turning off an
 * auto-configuration the role would not have on its own classpath).
 */
record Role(String name, Class<?> application, WebApplicationType webType, Map<String, Object> properties) {

    Role {
        if (name == null || name.isBlank() || application == null || webType == null) {
            throw new IllegalArgumentException("a role needs a name, an application class and a web type");
        }
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** A role that serves HTTP (at most one per JVM: it takes {@code server.port}). */
    static Role web(String name, Class<?> application) {
        return new Role(name, application, WebApplicationType.REACTIVE, Map.of());
    }

    /** A role without a web server, such as a Kafka consumer. */
    static Role worker(String name, Class<?> application) {
        return new Role(name, application, WebApplicationType.NONE, Map.of());
    }

    Role with(Map<String, Object> extra) {
        Map<String, Object> merged = new java.util.HashMap<>(properties);
        merged.putAll(extra);
        return new Role(name, application, webType, merged);
    }
}
