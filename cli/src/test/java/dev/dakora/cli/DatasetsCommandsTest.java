package dev.dakora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;

class DatasetsCommandsTest extends StubServerTest {

    private static final String VERSION = """
            {"name":"qa","version":"3","row_count":2,"source":"upload:csv","template_id":"greeting",
             "created_at":"2026-01-02T00:00:00Z"}""";

    @Test
    void should_upload_the_file_with_its_content_type_and_template_when_uploading_a_dataset() throws IOException {
        // given
        server.on("POST /api/datasets/qa/versions", 201, VERSION);
        Files.writeString(dir.resolve("qa.csv"), "name,__expected\nAda,Hello Ada!\nBo,Hello Bo!\n");

        // when
        CliRun run = cli("datasets", "upload", "qa.csv", "--name", "qa", "--template", "greeting");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        StubServer.Request request = server.only("POST");
        assertThat(request.pathAndQuery()).isEqualTo("/api/datasets/qa/versions?template_id=greeting");
        assertThat(request.header("Content-Type")).isEqualTo("text/csv");
        assertThat(request.body()).isEqualTo("name,__expected\nAda,Hello Ada!\nBo,Hello Bo!\n");
        assertThat(run.out).contains("Dataset qa version 3 stored: 2 rows, checked against greeting");
    }

    @Test
    void should_exit_2_naming_the_rows_when_the_server_refuses_the_file_and_for_an_unknown_extension() throws IOException {
        // given
        server.on("POST /api/datasets/qa/versions", 400, """
                {"status":400,"detail":"invalid dataset: row 2 (line 3): has 1 cells but the header has 2 columns",
                 "errors":[{"row":2,"line":3,"field":null,"message":"has 1 cells but the header has 2 columns"}]}""");
        Files.writeString(dir.resolve("qa.jsonl"), "{}\n");
        Files.writeString(dir.resolve("qa.txt"), "a\n");

        // when
        CliRun refused = cli("datasets", "upload", "qa.jsonl", "--name", "qa");
        CliRun unknown = cli("datasets", "upload", "qa.txt", "--name", "qa");
        CliRun missing = cli("datasets", "upload", "absent.csv", "--name", "qa");

        // then
        assertThat(refused.exitCode).as(refused.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err).contains("row 2 (line 3)").contains("nothing was stored");
        assertThat(server.only("POST").header("Content-Type")).isEqualTo("application/x-ndjson");
        assertThat(unknown.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err).contains("must be a .csv, .jsonl, .ndjson or .json file");
        assertThat(missing.exitCode).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void should_list_datasets_as_a_table_or_as_the_servers_json() {
        // given
        server.on("GET /api/datasets", 200, """
                {"items":[{"name":"qa","latest_version":"3","row_count":2,"created_at":"2026-01-01T00:00:00Z",
                 "updated_at":"2026-01-02T00:00:00Z"}],"next_cursor":null}""");

        // when
        CliRun table = cli("datasets", "list");
        CliRun json = cli("datasets", "list", "--json", "--limit", "5");

        // then
        assertThat(table.exitCode).as(table.toString()).isZero();
        assertThat(table.out).contains("NAME").contains("LATEST").containsPattern("qa\\s+3\\s+2\\s+2026-01-02T00:00:00Z");
        assertThat(json.exitCode).isZero();
        assertThat(json.out).contains("\"latest_version\" : \"3\"").contains("\"next_cursor\" : null");
        assertThat(server.requests().getLast().pathAndQuery()).isEqualTo("/api/datasets?limit=5");
        assertThat(cli("datasets", "list", "--limit", "0").exitCode).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void should_show_the_versions_and_the_rows_of_the_chosen_version() {
        // given
        server.on("GET /api/datasets/qa/versions", 200, "{\"items\":[" + VERSION + "],\"next_cursor\":null}");
        server.on("GET /api/datasets/qa/versions/3/rows", 200, """
                {"name":"qa","version":"3","row_count":1,"items":[{"row":1,"inputs":{"name":"Ada"},"expected":"Hello Ada!",
                 "metadata":{}}],"next_cursor":null}""");

        // when
        CliRun run = cli("datasets", "show", "qa", "--version", "3");
        CliRun json = cli("datasets", "show", "qa", "--version", "3", "--json");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("VERSION").contains("upload:csv").contains("Rows of qa version 3")
                .contains("{\"name\":\"Ada\"}").contains("Hello Ada!");
        assertThat(json.exitCode).as(json.toString()).isZero();
        assertThat(json.out).contains("\"rows\"").contains("\"expected\" : \"Hello Ada!\"");
        assertThat(server.requests()).extracting(StubServer.Request::pathAndQuery)
                .contains("/api/datasets/qa/versions/3/rows?limit=1000");
    }

    @Test
    void should_exit_3_for_an_unknown_dataset_and_2_for_a_bad_version() {
        // when
        CliRun unknown = cli("datasets", "show", "nope");
        CliRun badVersion = cli("datasets", "show", "qa", "--version", "v1");

        // then
        assertThat(unknown.exitCode).as(unknown.toString()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(badVersion.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(badVersion.err).contains("--version must be a version number");
    }
}
