package dev.dakora.fault;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every role as a process of its own, started from its runnable jar with the environment
 * {@code docker/docker-compose.yml} gives its service, against the local Kafka and PostgreSQL. Beyond
 * Compose's environment a process gets only what a container has and a local process lacks: a free HTTP
 * port for the gateway and a free management port for each worker, a directory for the log sink's state (the
 * image's {@code /var/lib/dakora/log-sink}), and the fake provider's URL as the OpenAI base URL of the LLM
 * workers. An instance is ready when its readiness probe answers 200.
 */
final class RoleCluster implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("dakora.fault.start-timeout-s", 360));

    private final LocalInfrastructure infra;
    private final ComposeFile compose;
    private final Path workDir;
    private final String providerUrl;
    private final Map<String, String> variables = new HashMap<>();
    private final Map<String, ChildProcess> running = new ConcurrentHashMap<>();
    private final Map<String, Integer> healthPorts = new ConcurrentHashMap<>();
    private final int gatewayPort;

    RoleCluster(LocalInfrastructure infra, Path workDir, String providerUrl) throws IOException {
        this.infra = infra;
        this.compose = ComposeFile.read(Jars.root().resolve("docker/docker-compose.yml"));
        this.workDir = workDir;
        this.providerUrl = providerUrl;
        variables.put("DAKORA_ADMIN_KEY", "dk_admin_" + UUID.randomUUID());
        variables.put("OPENAI_API_KEY", "sk-fault-" + UUID.randomUUID());
        variables.put("POSTGRES_PASSWORD", LocalInfrastructure.DB_PASSWORD);
        gatewayPort = freePort();
    }

    DakoraApi api() {
        return new DakoraApi(gatewayPort, variables.get("DAKORA_ADMIN_KEY"));
    }

    /** Starts {@code instance} (a service name, or a service name and a suffix after {@code #}) and waits until it is ready. */
    ChildProcess start(String instance) {
        String service = instance.split("#")[0];
        Map<String, String> environment = new HashMap<>(compose.environment(service, variables, infra.hosts(),
                Map.of("/app/prompts", workDir.resolve("prompts").toString())));
        List<String> arguments = List.of();
        switch (service) {
            case "api-gateway" -> environment.put("PORT", Integer.toString(gatewayPort));
            case "log-sink" -> environment.put("DAKORA_LOG_SINK_STATE_DIR", workDir.resolve("log-sink-state").toString());
            default -> { }
        }
        if (!service.equals("api-gateway")) {
            // in Compose every container has the management port (8081) to itself; here the processes share a host
            environment.put("DAKORA_MANAGEMENT_PORT", Integer.toString(healthPort(instance)));
        }
        switch (service) {
            case "llm-worker" -> {
                arguments = new ArrayList<>(WorkerSettings.FAULT.arguments());
                arguments.add("--dakora.llm.providers.openai.base-url=" + providerUrl);
                // each failed try with its reason, in the process's log
                arguments.add("--logging.level.dev.dakora.llm.domain.ModelCaller=DEBUG");
            }
            default -> { }
        }
        ChildProcess process = ChildProcess.start(instance.replace('#', '-'), Jars.executable(service), "384m",
                environment, arguments, Jars.logDir(), workDir.resolve(instance.replace('#', '-')));
        running.put(instance, process);
        return process;
    }

    /** Waits until the instance's readiness probe answers 200 (UP): the gateway's, or a worker's on its management port. */
    void awaitReady(String instance) {
        ChildProcess process = running.get(instance);
        int port = instance.startsWith("api-gateway") ? gatewayPort : healthPort(instance);
        ChildProcess.await(START_TIMEOUT, instance + " ready", () -> {
            process.requireAlive();
            return DakoraApi.ready(port);
        });
    }

    /** The status of the instance's readiness probe, 0 when it does not answer. */
    int readiness(String instance) {
        return DakoraApi.readiness(instance.startsWith("api-gateway") ? gatewayPort : healthPort(instance));
    }

    private int healthPort(String instance) {
        return healthPorts.computeIfAbsent(instance, any -> freePort());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    ChildProcess process(String instance) {
        return running.get(instance);
    }

    /** {@code kill -9} of one instance. */
    void kill(String instance) {
        running.get(instance).kill();
    }

    /** Starts every instance not running (first the log sink, which declares the topics and tables), and waits for all. */
    void ensureRunning(List<String> instances) {
        for (String instance : instances) {
            ChildProcess process = running.get(instance);
            if (process == null || !process.alive()) {
                start(instance);
                if (instance.equals("log-sink")) {
                    awaitReady(instance);
                }
            }
        }
        instances.forEach(this::awaitReady);
    }

    @Override
    public void close() {
        running.values().forEach(ChildProcess::close);
    }
}
