package dev.dakora.standalone;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform in one JVM: the embedded servers, then each role's Spring application in order.
 * {@link #close()} stops the roles in reverse order, then Kafka, then PostgreSQL; it may be called at
 * any time, also while {@link #start} runs on another thread (a Ctrl-C during startup): what has
 * started is stopped and the start ends with an exception ({@link Lifecycle} keeps that handshake).
 * Each role's context is kept under the role's name, so that one role can be stopped and started again
 * alone ({@link #stopRole}, {@link #startRole}) while the others run on. {@link #run} returns once every
 * role reports UP ({@link RoleHealth}): consumers assigned and polling, streams running, and the
 * {@link WarmUp} ran.
 */
public final class Standalone implements AutoCloseable {

    /** How long the roles may take, once started, to have their consumers assigned and streams running. */
    static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    private final StandaloneSettings settings;
    private final Lifecycle lifecycle = new Lifecycle();
    private volatile boolean warmingUp;
    private volatile Duration warmUpTime = Duration.ZERO;

    public Standalone(StandaloneSettings settings) {
        this.settings = settings;
    }

    /** Starts and returns a standalone; on any failure stops what already started and rethrows. */
    public static Standalone start(StandaloneSettings settings, List<Role> roles, String... args) {
        Standalone standalone = new Standalone(settings);
        standalone.run(roles, args);
        return standalone;
    }

    /** Starts the servers, then the roles, then warms the request path up (a failed warm-up is logged). */
    public void run(List<Role> roles, String... args) {
        lifecycle.beginStart();
        try {
            WarmUpSettings warmUp = WarmUpSettings.from(args);
            warmingUp = warmUp.compares() > 0;
            settings.createPromptsDir();
            lifecycle.started(Infrastructure.start(settings));
            lifecycle.prepare(RoleLauncher.of(this, infrastructure()), roles, args);
            for (Role role : roles) {
                lifecycle.launch(role);
            }
            ReadyWait.await(this, READY_TIMEOUT);
            warmUpTime = WarmUp.run(this, warmUp);
        } catch (RuntimeException e) {
            lifecycle.stopAll();
            throw e;
        } finally {
            warmingUp = false;
            lifecycle.endStart();
        }
    }

    /** Stops one running role, leaving the servers and the other roles running. */
    public void stopRole(String name) {
        lifecycle.stopRole(name);
    }

    /** Starts again a role stopped by {@link #stopRole}, with the arguments of the first start. */
    public void startRole(String name) {
        lifecycle.startRole(name);
    }

    void failIfClosed() {
        lifecycle.failIfClosed();
    }

    /** Whether {@link #close()} was called: a warm-up in progress stops at its next request. */
    boolean closing() {
        return lifecycle.closed();
    }

    public StandaloneSettings settings() {
        return settings;
    }

    boolean isStarting() {
        return lifecycle.isStarting();
    }

    /** Whether the warm-up is still to run or running: the gateway's health is then not UP. */
    boolean warmingUp() {
        return warmingUp;
    }

    /** How long the warm-up took, zero when it did not run. */
    Duration warmUpTime() {
        return warmUpTime;
    }

    Infrastructure infrastructure() {
        return lifecycle.infrastructure();
    }

    List<Role> roles() {
        return lifecycle.roles();
    }

    /** The context of a running role. */
    Optional<ConfigurableApplicationContext> context(String name) {
        return lifecycle.context(name);
    }

    /** The port of the first role that runs a web server. */
    public Optional<Integer> webPort() {
        return RunningRoles.webPort(lifecycle.contexts());
    }

    /** Stops everything; waits for a start in progress to reach its next step first. */
    @Override
    public void close() {
        lifecycle.close();
    }
}
