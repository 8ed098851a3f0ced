package dev.dakora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobsAndKeysCommandsTest extends StubServerTest {

    @Test
    void should_exit_1_with_the_error_when_the_watched_job_fails() {
        // given
        server.on("GET /api/jobs/j-1", 200, "{\"job_id\":\"j-1\",\"status\":\"failed\",\"error\":\"render failed: unknown filter\"}");

        // when
        CliRun run = cli("jobs", "watch", "j-1");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.OTHER);
        assertThat(run.err).contains("Job j-1 failed: render failed: unknown filter");
    }

    @Test
    void should_show_the_new_key_once_when_creating_a_key_with_the_admin_key() {
        // given
        String adminKey = "dk_admin_" + System.nanoTime();
        server.on("POST /api/keys", 201, "{\"id\":\"k-1\",\"name\":\"ci\",\"key\":\"dk_new_secret\",\"prefix\":\"dk_new\",\"created_at\":\"2026-01-01T00:00:00Z\"}");

        // when
        CliRun run = CliRun.in(dir).env("DAKORA_URL", server.url()).env("DAKORA_ADMIN_KEY", adminKey).run("keys", "create", "ci");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(server.only("POST").header("X-API-Key")).isEqualTo(adminKey);
        assertThat(run.out).contains("shown only this once").contains("dk_new_secret");
    }

    @Test
    void should_list_prefixes_and_revoke_by_id() {
        // given
        server.on("GET /api/keys", 200, "{\"items\":[{\"id\":\"k-1\",\"name\":\"ci\",\"prefix\":\"dk_abc\",\"created_at\":\"2026-01-01T00:00:00Z\",\"last_used_at\":null}],\"next_cursor\":null}")
                .on("DELETE /api/keys/k-1", 204, "");

        // when
        CliRun list = cli("keys", "list");
        CliRun revoke = cli("keys", "revoke", "k-1");

        // then
        assertThat(list.out).contains("k-1  ci    dk_abc  2026-01-01T00:00:00Z");
        assertThat(revoke.exitCode).as(revoke.toString()).isZero();
        assertThat(server.only("DELETE").pathAndQuery()).isEqualTo("/api/keys/k-1");
    }

    @Test
    void should_exit_3_when_revoking_an_unknown_key() {
        // given
        server.on("DELETE /api/keys/k-9", 404, "{\"status\":404,\"detail\":\"No key k-9\"}");

        // when
        CliRun run = cli("keys", "revoke", "k-9");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err).contains("No key k-9");
    }

    @Test
    void should_print_only_the_final_json_when_watching_with_json() {
        // given
        server.on("GET /api/jobs/j-2", 200, "{\"job_id\":\"j-2\",\"status\":\"running\"}")
                .on("GET /api/jobs/j-2", 200, "{\"job_id\":\"j-2\",\"status\":\"completed\",\"rendered\":\"Hello Ada!\"}");

        // when
        CliRun run = cli("jobs", "watch", "j-2", "--json", "--interval", "10");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(CliJson.MAPPER.readTree(run.out).get("rendered").asString()).isEqualTo("Hello Ada!");
        assertThat(run.out).doesNotContain("[");
    }

    @Test
    void should_give_up_with_a_hint_when_the_job_outlasts_the_timeout() {
        // given
        server.on("GET /api/jobs/j-3", 200, "{\"job_id\":\"j-3\",\"status\":\"queued\"}");

        // when
        CliRun run = cli("jobs", "watch", "j-3", "--timeout", "0", "--interval", "10");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.OTHER);
        assertThat(run.err).contains("Still queued after 0 s");
    }
}
