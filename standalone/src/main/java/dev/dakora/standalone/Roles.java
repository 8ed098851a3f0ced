package dev.dakora.standalone;

import java.util.List;
import java.util.Map;

import dev.dakora.eval.EvalWorkerApplication;
import dev.dakora.gateway.GatewayApplication;
import dev.dakora.llm.LlmWorkerApplication;
import dev.dakora.render.RenderWorkerApplication;
import dev.dakora.sink.LogSinkApplication;

/**
 * The roles the standalone runs, in start order. Adding a role is one line: its module as a
 * dependency of this one and its {@code @SpringBootApplication} class here.
 *
 * <p>The log sink starts first: it declares every pipeline topic and creates the tables the gateway
 * reads. The gateway starts last, so HTTP is served once the pipeline behind it runs. Roles without a
 * database switch off the database auto-configurations that the shared classpath would give them.
 */
final class Roles {

    static final String LOG_SINK = "log-sink";
    static final String RENDER_WORKER = "render-worker";
    static final String LLM_WORKER = "llm-worker";
    static final String EVAL_WORKER = "eval-worker";
    static final String API_GATEWAY = "api-gateway";

    /** Auto-configurations a role without a database must not run: R2DBC, JDBC and Flyway. */
    static final String NO_DATABASE = String.join(",",
            "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
            "org.springframework.boot.r2dbc.autoconfigure.R2dbcInitializationAutoConfiguration",
            "org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration",
            "org.springframework.boot.r2dbc.autoconfigure.health.ConnectionFactoryHealthContributorAutoConfiguration",
            "org.springframework.boot.r2dbc.autoconfigure.metrics.ConnectionPoolMetricsAutoConfiguration",
            "org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration",
            "org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcRepositoriesAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration");

    /** The log sink migrates with its own Flyway settings and reads through R2DBC: no JDBC pool. */
    static final String NO_DATASOURCE = String.join(",",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration");

    private Roles() {
    }

    static List<Role> all() {
        return List.of(
                Role.worker(LOG_SINK, LogSinkApplication.class).with(Map.of(
                        "spring.autoconfigure.exclude", NO_DATASOURCE,
                        "dakora.log-sink.streams.state-dir", "${spring.kafka.streams.state-dir}/log-sink")),
                Role.worker(RENDER_WORKER, RenderWorkerApplication.class).with(Map.of(
                        "spring.autoconfigure.exclude", NO_DATABASE,
                        "spring.flyway.enabled", false)),
                Role.worker(LLM_WORKER, LlmWorkerApplication.class).with(Map.of(
                        "spring.autoconfigure.exclude", NO_DATABASE,
                        "spring.flyway.enabled", false)),
                Role.worker(EVAL_WORKER, EvalWorkerApplication.class).with(Map.of(
                        "spring.autoconfigure.exclude", NO_DATABASE,
                        "spring.flyway.enabled", false)),
                Role.web(API_GATEWAY, GatewayApplication.class).with(Map.of(
                        "spring.autoconfigure.exclude", NO_DATASOURCE)));
    }
}
