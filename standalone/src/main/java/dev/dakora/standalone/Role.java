package dev.dakora.standalone;

import org.springframework.boot.WebApplicationType;

/**
 * One deployable role of the platform, started as its own Spring application inside the standalone
 * JVM: the class is the role's {@code @SpringBootApplication}, exactly as its own module runs it.
 */
record Role(String name, Class<?> application, WebApplicationType webType) {

    Role {
        if (name == null || name.isBlank() || application == null || webType == null) {
            throw new IllegalArgumentException("a role needs a name, an application class and a web type");
        }
    }

    /** A role that serves HTTP (at most one per JVM: it takes {@code server.port}). */
    static Role web(String name, Class<?> application) {
        return new Role(name, application, WebApplicationType.REACTIVE);
    }

    /** A role without a web server, such as a Kafka consumer. */
    static Role worker(String name, Class<?> application) {
        return new Role(name, application, WebApplicationType.NONE);
    }
}
