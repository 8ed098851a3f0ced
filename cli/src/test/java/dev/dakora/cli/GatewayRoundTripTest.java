package dev.dakora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dakora.client.Dakora;
import dev.dakora.client.TemplateUpdate;
import dev.dakora.gateway.GatewayApplication;
import dev.dakora.testsupport.TestDatabase;
import dev.dakora.testsupport.TestKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The template commands against the real gateway, on embedded PostgreSQL and Kafka, with keys required. */
class GatewayRoundTripTest {

    private static final String ADMIN_KEY = "dk_admin_" + UUID.randomUUID().toString().replace("-", "");

    @TempDir
    static Path prompts;

    private static ConfigurableApplicationContext gateway;
    private static String url;

    @TempDir
    Path dir;

    @BeforeAll
    static void startGateway() {
        List<String> args = new ArrayList<>(TestDatabase.create("cli").springArguments());
        args.addAll(List.of("--server.port=0",
                "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                "--dakora.jobs.topic-partitions=" + TestKafka.PARTITIONS,
                "--dakora.registry.local.path=" + prompts, "--dakora.auth.required=true", "--dakora.auth.admin-key=" + ADMIN_KEY));
        gateway = new SpringApplicationBuilder(GatewayApplication.class).run(args.toArray(String[]::new));
        url = "http://127.0.0.1:" + gateway.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stopGateway() {
        if (gateway != null) {
            gateway.close();
        }
    }

    private CliRun cli(String... args) {
        return CliRun.in(dir).env("DAKORA_URL", url).env("DAKORA_API_KEY", ADMIN_KEY).run(args);
    }

    @Test
    void should_create_render_version_label_and_delete_a_template_on_the_real_gateway() throws IOException {
        // given
        String id = "cli-greeting-" + System.nanoTime() % 100_000;
        Files.writeString(dir.resolve("greeting.yaml"), """
                id: %s
                description: Greets someone
                template: "Hello {{ name }}!"
                inputs:
                  name: {type: string, required: true}
                """.formatted(id));

        // when / then: create and list
        CliRun created = cli("create", "-f", "greeting.yaml");
        assertThat(created.exitCode).as(created.toString()).isZero();
        assertThat(created.out).contains("Created " + id + " version 1.0.0");
        assertThat(cli("list").out).contains(id);

        // render
        CliRun rendered = cli("render", id, "--input", "name=Ada");
        assertThat(rendered.exitCode).as(rendered.toString()).isZero();
        assertThat(rendered.out).isEqualTo("Hello Ada!\n");

        // a second version through the API, then versions and label
        try (Dakora sdk = Dakora.builder().url(url).apiKey(ADMIN_KEY).build()) {
            sdk.prompts().update(id, TemplateUpdate.text("Hi {{ name }}!").withVersion("1.1.0"));
        }
        CliRun versions = cli("versions", id);
        assertThat(versions.exitCode).as(versions.toString()).isZero();
        assertThat(versions.out.lines().skip(1).map(line -> line.split("\\s+")[0])).containsExactly("1.1.0", "1.0.0");
        CliRun labelled = cli("label", id, "production", "1.0.0");
        assertThat(labelled.exitCode).as(labelled.toString()).isZero();
        assertThat(cli("render", id, "--label", "production", "-i", "name=Bob").out).isEqualTo("Hello Bob!\n");
        assertThat(cli("render", id, "-i", "name=Bob").out).isEqualTo("Hi Bob!\n");

        // delete, then it is gone
        CliRun deleted = cli("delete", id, "--yes");
        assertThat(deleted.exitCode).as(deleted.toString()).isZero();
        CliRun missing = cli("get", id);
        assertThat(missing.exitCode).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(missing.err).contains(id);
    }

    @Test
    void should_exit_4_when_the_real_gateway_refuses_a_missing_key() {
        // when
        CliRun run = CliRun.in(dir).env("DAKORA_URL", url).run("list");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.AUTH);
        assertThat(run.err).contains("DAKORA_API_KEY");
    }

    @Test
    void should_exit_1_with_the_field_errors_when_the_real_gateway_rejects_inputs() throws IOException {
        // given
        String id = "cli-strict-" + System.nanoTime() % 100_000;
        Files.writeString(dir.resolve("t.yaml"), "id: " + id + "\ntemplate: \"{{ n }}\"\ninputs:\n  n: {type: number, required: true}\n");
        assertThat(cli("create", "-f", "t.yaml").exitCode).isZero();

        // when
        CliRun run = cli("render", id, "-i", "n=not-a-number");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.OTHER);
        assertThat(run.err).startsWith("Error 422");
    }
}
