package dev.dakora.standalone;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * How much the standalone warms itself up before it reports ready ({@link WarmUp}): {@code compares}
 * synchronous compares on {@code echo} ({@code dakora.standalone.warm-up.compares}, 0 turns the
 * warm-up off), stopped early past {@code timeout} ({@code dakora.standalone.warm-up.timeout}). Read
 * like {@link StandaloneSettings}: arguments, system properties, environment variables
 * ({@code DAKORA_STANDALONE_WARMUP_COMPARES}).
 */
record WarmUpSettings(int compares, Duration timeout) {

    static final int DEFAULT_COMPARES = 500;
    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
    static final int MAX_COMPARES = 100_000;

    WarmUpSettings {
        if (compares < 0 || compares > MAX_COMPARES) {
            throw new IllegalArgumentException("dakora.standalone.warm-up.compares must be between 0 and "
                    + MAX_COMPARES + ", got " + compares);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("dakora.standalone.warm-up.timeout must be positive, got " + timeout);
        }
    }

    static WarmUpSettings from(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        ConfigurationPropertySources.attach(environment);
        Binder binder = Binder.get(environment);
        try {
            return new WarmUpSettings(
                    binder.bind("dakora.standalone.warm-up.compares", Integer.class).orElse(DEFAULT_COMPARES),
                    binder.bind("dakora.standalone.warm-up.timeout", Duration.class).orElse(DEFAULT_TIMEOUT));
        } catch (BindException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalArgumentException("dakora.standalone.warm-up: " + cause.getMessage(), e);
        }
    }
}
