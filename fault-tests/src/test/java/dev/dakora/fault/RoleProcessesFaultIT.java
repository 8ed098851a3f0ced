package dev.dakora.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Every role a process of its own (two LLM workers), each with its Compose environment, against an
 * embedded Kafka and PostgreSQL; each scenario kills one role with {@code kill -9} while a batch of
 * {@code dakora.fault.rows} rows x 2 models runs (the eval worker: while an experiment of
 * {@code dakora.fault.experiment-rows} rows x 2 models with an LLM judge is scored; the log sink, twice, while
 * it scores a judge-free experiment of as many rows), starts it again, and audits the batch (and the
 * experiment) through the API and in PostgreSQL.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoleProcessesFaultIT {

    /** Scenarios that fail on the current code: left out of the default build, run with -Pfault-known-failing. */
    static final String KNOWN_FAILING = "known-failing";
    static final int ROWS = Integer.getInteger("dakora.fault.rows", 400);
    static final int EXPERIMENT_ROWS = Integer.getInteger("dakora.fault.experiment-rows", 200);
    static final List<String> ALL = List.of("log-sink", "render-worker", "llm-worker#1", "llm-worker#2", "eval-worker",
            "api-gateway");

    private static LocalInfrastructure infra;
    private static FaultProvider provider;
    private static RoleCluster cluster;

    @BeforeAll
    static void startRoles() throws Exception {
        Path work = Files.createTempDirectory("dakora-fault-roles");
        infra = LocalInfrastructure.start();
        provider = new FaultProvider(Duration.ofMillis(Long.getLong("dakora.fault.latency-ms", 200)), 0.05, 0.02);
        cluster = new RoleCluster(infra, work, provider.baseUrl());
    }

    @AfterAll
    static void stopRoles() throws Exception {
        try (LocalInfrastructure closingInfra = infra; FaultProvider closingProvider = provider) {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    @BeforeEach
    void everyRoleRuns() {
        cluster.ensureRunning(ALL);
    }

    @Test
    @Order(1)
    void should_complete_a_batch_exactly_once_when_every_role_is_a_process_of_its_own() throws Exception {
        BatchRun run = BatchRun.submit(cluster.api(), provider, "nofault", ROWS);

        String audit = run.finishAndAudit(() -> logged(run), BatchAudit.NO_RESEND);

        Report.line("no fault", audit);
    }

    @Test
    @Order(2)
    void should_lose_and_duplicate_nothing_when_the_gateway_is_killed_mid_batch() throws Exception {
        killAndRestartMidBatch("api-gateway", "gateway");
    }

    @Test
    @Order(3)
    void should_lose_and_duplicate_nothing_when_the_render_worker_is_killed_mid_batch() throws Exception {
        killAndRestartMidBatch("render-worker", "render-worker");
    }

    @Test
    @Order(4)
    void should_lose_and_bill_nothing_twice_when_one_of_two_llm_workers_is_killed_and_replaced() throws Exception {
        killAndRestartMidBatch("llm-worker#1", "llm-worker");
    }

    @Test
    @Order(5)
    void should_lose_and_duplicate_nothing_when_the_log_sink_is_killed_mid_batch() throws Exception {
        killAndRestartMidBatch("log-sink", "log-sink");
    }

    @Test
    @Order(6)
    void should_score_every_call_once_and_bill_no_judge_twice_when_the_eval_worker_is_killed_mid_experiment() throws Exception {
        // given: an experiment running, a tenth of its calls scored
        ExperimentRun experiment = ExperimentRun.submit(cluster.api(), provider, "eval-worker", EXPERIMENT_ROWS);
        BatchRun batch = experiment.batch();
        batch.awaitCalls(experiment.expectedCalls() / 10, () -> scored(experiment));
        long scoredAtKill = scored(experiment);

        // when
        Kill kill = Kill.of(() -> cluster.kill("eval-worker"));
        CompletableFuture<Duration> nextScore = batch.nextCall(scoredAtKill, () -> scored(experiment));
        cluster.start("eval-worker");
        cluster.awaitReady("eval-worker");
        Duration ready = Duration.ofNanos(System.nanoTime() - kill.signalled());
        Report.line("eval-worker killed", "killed at %d of %d calls scored (%d logged); kill -> restarted and ready %s; kill -> next score stored %s"
                .formatted(scoredAtKill, experiment.expectedCalls(), logged(batch), Report.millis(ready), Report.millis(nextScore.join())));

        // then: no LLM worker was killed, so neither evaluated calls nor judge calls may be sent twice
        RequestBound noneResent = batch.resendBound(WorkerSettings.FAULT, 0);
        Report.line("eval-worker killed", batch.finishAndAudit(() -> logged(batch), noneResent, kill));
        ChildProcess.await(BatchRun.FINISH_TIMEOUT, "experiment " + experiment.experimentId() + " final", experiment::finished);
        Report.line("eval-worker killed", new ExperimentAudit(experiment, infra, kill, noneResent).verify());
        assertThat(ALL).as("instances whose readiness probe does not answer 200 after the experiment")
                .filteredOn(each -> cluster.readiness(each) != 200).isEmpty();
    }

    @Test
    @Order(7)
    void should_score_every_cell_once_and_bill_nothing_twice_when_the_log_sink_is_killed_while_scoring_a_judge_free_experiment() throws Exception {
        // given: a judge-free experiment running, a tenth of its calls logged and scored by the log sink
        ExperimentRun experiment = ExperimentRun.submitJudgeFree(cluster.api(), provider, "judge-free", EXPERIMENT_ROWS);
        BatchRun batch = experiment.batch();
        batch.awaitCalls(experiment.expectedCalls() / 10, () -> scored(experiment));

        // when: killed in a write of the calls as they come, then in a write of the backlog the restart finds
        Kill first;
        String kills;
        try (SinkKills sink = new SinkKills(cluster, infra, () -> scored(experiment), experiment.expectedCalls())) {
            first = sink.killMidWrite(BatchRun.FINISH_TIMEOUT);
            cluster.start("log-sink");
            sink.killMidWrite(RoleCluster.START_TIMEOUT);
            cluster.start("log-sink");
            cluster.awaitReady("log-sink");
            kills = sink.report();
        }
        Report.line("judge-free log-sink killed", kills + "; first kill -> restarted twice and ready "
                + Report.millis(Duration.ofNanos(System.nanoTime() - first.signalled())));

        // then: no LLM worker was killed, so no call may be sent twice
        RequestBound noneResent = batch.resendBound(WorkerSettings.FAULT, 0);
        Report.line("judge-free log-sink killed", batch.finishAndAudit(() -> logged(batch), noneResent, first));
        ChildProcess.await(BatchRun.FINISH_TIMEOUT, "experiment " + experiment.experimentId() + " final", experiment::finished);
        Report.line("judge-free log-sink killed", new ExperimentAudit(experiment, infra, first, noneResent).verify());
        assertThat(ALL).as("instances whose readiness probe does not answer 200 after the experiment")
                .filteredOn(each -> cluster.readiness(each) != 200).isEmpty();
    }

    /**
     * Submits a batch, kills {@code instance} once a tenth of its calls are logged (the render worker at once:
     * it renders a whole batch in well under a second), starts it again, waits for its readiness probe to answer
     * 200 (UP), audits the batch and checks that every instance is still ready.
     */
    private void killAndRestartMidBatch(String instance, String scenario) throws Exception {
        BatchRun run = BatchRun.submit(cluster.api(), provider, scenario, ROWS);
        if (!instance.equals("render-worker")) {
            run.awaitCalls(run.expectedCalls() / 10, () -> logged(run));
        }
        long loggedAtKill = logged(run);
        Kill kill = Kill.of(() -> cluster.kill(instance));
        CompletableFuture<Duration> nextCall = run.nextCall(loggedAtKill, () -> logged(run));
        cluster.start(instance);
        cluster.awaitReady(instance);
        Duration ready = Duration.ofNanos(System.nanoTime() - kill.signalled());

        Report.line(scenario + " killed", "killed at %d of %d calls logged; kill -> restarted and ready %s; kill -> next call logged %s"
                .formatted(loggedAtKill, run.expectedCalls(), Report.millis(ready), Report.millis(nextCall.join())));

        int killedLlmWorkers = instance.startsWith("llm-worker") ? 1 : 0;
        Report.line(scenario + " killed", run.finishAndAudit(() -> logged(run),
                run.resendBound(WorkerSettings.FAULT, killedLlmWorkers), kill));
        assertThat(ALL).as("instances whose readiness probe does not answer 200 after the batch")
                .filteredOn(each -> cluster.readiness(each) != 200).isEmpty();
    }

    private static long scored(ExperimentRun experiment) {
        try {
            return infra.count("SELECT count(*) FROM experiment_results WHERE experiment_id = '"
                    + experiment.experimentId().replace("'", "") + "'");
        } catch (SQLException tablesNotYetThere) {
            return 0;
        }
    }

    private static long logged(BatchRun run) {
        try {
            return infra.count("SELECT count(*) FROM executions WHERE batch_id = '" + run.batchId().replace("'", "") + "'");
        } catch (SQLException tablesNotYetThere) {
            return 0;
        }
    }
}
