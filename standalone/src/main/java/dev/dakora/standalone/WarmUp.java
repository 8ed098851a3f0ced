package dev.dakora.standalone;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import dev.dakora.gateway.config.DakoraProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The standalone's warm-up, run once every role is up and before it reports ready: synchronous compares
 * on {@code echo} through the gateway's HTTP API, one after another, on a scratch template
 * ({@code dakora-warm-up-<random>}), so that the JIT compiles the request path and each role makes its
 * one-time setup before the first client's request. Afterwards the template, its jobs and execution
 * rows are removed ({@link WarmUpTraces}): templates, executions, jobs, stats and spend read as
 * before. A warm-up that fails is logged and the start goes on.
 */
final class WarmUp {

    static final String ID_PREFIX = "dakora-warm-up-";
    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
    private static final Duration ROWS_WAIT = Duration.ofSeconds(30);

    private WarmUp() {
    }

    /** Runs the warm-up and returns how long it took; zero when there was nothing to do. */
    static Duration run(Standalone standalone, WarmUpSettings settings) {
        Optional<ConfigurableApplicationContext> gateway = standalone.roles().stream()
                .filter(role -> role.webType() != WebApplicationType.NONE)
                .findFirst().flatMap(role -> standalone.context(role.name()));
        Optional<Integer> port = standalone.webPort();
        if (gateway.isEmpty() || port.isEmpty() || gateway.get().getBeanProvider(DatabaseClient.class).getIfAvailable() == null) {
            return Duration.ZERO;
        }
        long started = System.nanoTime();
        DakoraProperties properties = gateway.get().getBean(DakoraProperties.class);
        DakoraProperties.Auth auth = properties.auth();
        if (!"local".equals(properties.registry().type()) || (auth.required() && !auth.hasAdminKey())) {
            if (settings.compares() > 0) {
                log.info("No warm-up: it needs the local template registry and, when API keys are required, DAKORA_ADMIN_KEY");
            }
            return Duration.ZERO;
        }
        WarmUpTraces traces = new WarmUpTraces(gateway.get().getBean(DatabaseClient.class), standalone.settings().dataDir(),
                standalone.settings().promptsDir());
        WarmUpRequests requests = new WarmUpRequests(port.get(), auth.required() ? auth.adminKey() : null);
        for (String leftover : traces.pendingIds()) {
            clean(traces, requests, leftover, 0, true);
        }
        if (settings.compares() == 0) {
            return Duration.ZERO;
        }
        String id = ID_PREFIX + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        try {
            traces.markPending(id);
            requests.createTemplate(id);
            requests.compares(id, settings.compares(), started + settings.timeout().toNanos(), standalone::closing);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("The warm-up failed after {} compares; Dakora starts without the rest: {}", requests.answered(), e.toString());
        }
        clean(traces, requests, id, requests.answered(), false);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Warm-up: {} compares on echo in {} ms", requests.answered(), took.toMillis());
        return took;
    }

    /**
     * Deletes the template, waits (bounded) until its jobs are final in the log and removes its traces. The
     * id stays pending for the next start when a job is still open, unless {@code last} (a leftover of an
     * earlier start, whose open jobs may never finish).
     */
    private static void clean(WarmUpTraces traces, WarmUpRequests requests, String id, int jobs, boolean last) {
        try {
            requests.deleteTemplate(id);
            long deadline = System.nanoTime() + ROWS_WAIT.toNanos();
            boolean settled = traces.settled(id, jobs);
            while (!settled && System.nanoTime() < deadline) {
                Thread.sleep(50);
                settled = traces.settled(id, jobs);
            }
            traces.remove(id, settled || last);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("Could not remove the traces of the warm-up {} (the next start tries again): {}", id, e.toString());
        }
    }
}
