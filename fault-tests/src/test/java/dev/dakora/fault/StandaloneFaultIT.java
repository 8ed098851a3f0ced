package dev.dakora.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The standalone jar (every role, its embedded Kafka and the PostgreSQL server it starts) killed with
 * {@code kill -9}, JVM and PostgreSQL together, in the middle of a batch, then started again on the same
 * data directory: the batch finishes exactly once.
 */
class StandaloneFaultIT {

    private final List<ChildProcess> started = new ArrayList<>();
    private Path dataDir;

    @AfterEach
    void killWhatRuns() {
        started.forEach(ChildProcess::close);
        if (dataDir != null) {
            Postmaster.processes(dataDir).forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void should_finish_a_batch_exactly_once_when_the_whole_standalone_is_killed_and_restarted_on_its_data() throws Exception {
        Path work = Files.createTempDirectory("dakora-fault-standalone");
        dataDir = work.resolve("data/postgres");
        Path postgresDir = dataDir;
        // a test JVM stopped before the test ends takes the detached PostgreSQL server with it
        Runtime.getRuntime().addShutdownHook(new Thread(() -> Postmaster.processes(postgresDir).forEach(ProcessHandle::destroyForcibly)));
        int port = freePort();
        List<String> arguments = List.of("--server.port=" + port, "--dakora.data-dir=" + work.resolve("data"),
                "--dakora.registry.local.path=" + work.resolve("prompts"),
                "--dakora.standalone.postgres.port=" + freePort(), "--dakora.standalone.kafka.port=" + freePort(),
                "--dakora.standalone.kafka.controller-port=" + freePort(), "--dakora.standalone.warm-up.compares=0");
        try (FaultProvider provider = new FaultProvider(Duration.ofMillis(Long.getLong("dakora.fault.latency-ms", 200)), 0.05, 0.02)) {
            List<String> all = new ArrayList<>(arguments);
            all.add("--dakora.llm.providers.openai.base-url=" + provider.baseUrl());
            all.addAll(WorkerSettings.FAULT.arguments());
            Map<String, String> environment = Map.of("OPENAI_API_KEY", "sk-fault-" + UUID.randomUUID());
            DakoraApi api = new DakoraApi(port, "unused");
            long launched = System.nanoTime();
            ChildProcess first = start(environment, all, work);
            awaitReady(api, first);
            Report.line("standalone", "first start -> ready " + Report.millis(Duration.ofNanos(System.nanoTime() - launched)));

            BatchRun run = BatchRun.submit(api, provider, "standalone", RoleProcessesFaultIT.ROWS);
            run.awaitCalls(run.expectedCalls() / 10, run::loggedThroughApi);
            long loggedAtKill = run.loggedThroughApi();
            List<ProcessHandle> postgres = Postmaster.processes(dataDir);
            assertThat(postgres).as("the standalone's PostgreSQL processes").isNotEmpty();
            Kill kill = Kill.of(() -> {
                postgres.forEach(ProcessHandle::destroyForcibly);
                first.kill();
                postgres.forEach(handle -> handle.onExit().join());
            });
            assertThat(first.alive()).as("standalone JVM after kill -9").isFalse();
            assertThat(postgres).as("PostgreSQL processes after kill -9").noneMatch(ProcessHandle::isAlive);

            long restarted = System.nanoTime();
            ChildProcess second = start(environment, all, work);
            CompletableFuture<Duration> moving = run.nextCall(loggedAtKill, run::loggedThroughApi);
            awaitReady(api, second);
            Duration ready = Duration.ofNanos(System.nanoTime() - restarted);

            Report.line("standalone killed", "killed at %d of %d calls logged, with %d PostgreSQL processes; restart -> ready %s; restart -> next call logged %s"
                    .formatted(loggedAtKill, run.expectedCalls(), postgres.size(), Report.millis(ready), Report.millis(moving.join())));

            Report.line("standalone killed", run.finishAndAudit(run::loggedThroughApi,
                    run.resendBound(WorkerSettings.FAULT, 1), kill));
        }
    }

    private ChildProcess start(Map<String, String> environment, List<String> arguments, Path work) {
        ChildProcess process = ChildProcess.start("standalone", Jars.standalone(), "512m", environment, arguments,
                Jars.logDir(), work.resolve("cwd"));
        started.add(process);
        return process;
    }

    private static void awaitReady(DakoraApi api, ChildProcess process) {
        ChildProcess.await(RoleCluster.START_TIMEOUT, "standalone ready", () -> {
            process.requireAlive();
            return api.ready();
        });
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
