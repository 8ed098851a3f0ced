package dev.dakora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateReadCommandsTest extends StubServerTest {

    private static final String GREETING = """
            {"id":"greeting","version":"1.1.0","description":"A simple greeting",
             "template":"Hello {{ name }}!","inputs":{"name":{"type":"string","required":true,"default":null}},
             "metadata":{"tags":["demo"]}}""";

    @Test
    void should_print_a_table_of_ids_when_listing() {
        // given
        server.on("GET /api/templates", 200, "[\"greeting\",\"summary\"]");

        // when
        CliRun run = cli("list");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).startsWith("ID\ngreeting\nsummary\n").contains("2 templates");
    }

    @Test
    void should_print_the_servers_json_when_listing_with_json() {
        // given
        server.on("GET /api/templates", 200, "[\"greeting\"]");

        // when
        CliRun run = cli("list", "--json");

        // then
        assertThat(run.exitCode).isZero();
        assertThat(CliJson.MAPPER.readTree(run.out).get(0).asString()).isEqualTo("greeting");
    }

    @Test
    void should_ask_for_the_given_label_when_getting_a_template() {
        // given
        server.on("GET /api/templates/greeting", 200, GREETING);

        // when
        CliRun run = cli("get", "greeting", "--label", "production");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(server.only("GET").pathAndQuery()).isEqualTo("/api/templates/greeting?label=production");
        assertThat(run.out).contains("version:     1.1.0").contains("name   string  true").contains("Hello {{ name }}!");
    }

    @Test
    void should_refuse_version_and_label_together_when_getting_a_template() {
        // when
        CliRun run = cli("get", "greeting", "--version", "1.0.0", "--label", "production");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("mutually exclusive");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void should_print_versions_with_their_labels() {
        // given
        server.on("GET /api/templates/greeting/versions", 200, """
                {"items":[{"version":"1.1.0","created_at":"2026-01-02T10:00:00Z","content_hash":"abc","labels":["latest","production"]},
                          {"version":"1.0.0","created_at":"2026-01-01T10:00:00Z","content_hash":"def","labels":[]}],
                 "next_cursor":null}""");

        // when
        CliRun run = cli("versions", "greeting");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out.lines()).containsExactly(
                "VERSION  CREATED_AT            LABELS             CONTENT_HASH",
                "1.1.0    2026-01-02T10:00:00Z  latest,production  abc",
                "1.0.0    2026-01-01T10:00:00Z                     def");
    }
}
