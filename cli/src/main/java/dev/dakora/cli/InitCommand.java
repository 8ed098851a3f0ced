package dev.dakora.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;

/** {@code dakora init}: an example template, a {@code .env} and the Docker Compose files; existing files are kept. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create prompts/ with an example template, .env (with a new admin key) and docker/ in the working directory.")
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final CliContext context;

    InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Path dir = context.workingDir();
        copy("init/greeting.yaml", dir.resolve("prompts/greeting.yaml"));
        copy("docker/docker-compose.yml", dir.resolve("docker/docker-compose.yml"));
        copy("docker/.env.example", dir.resolve("docker/.env.example"));
        write(dir.resolve(".env"), envFile());
        out().println("Next: ./dakora start (one JVM) or dakora start --docker, then dakora list");
        out().flush();
        return ExitCodes.OK;
    }

    private String envFile() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        StringBuilder text = new StringBuilder()
                .append("# Dakora settings, read by the dakora CLI and by docker compose (--env-file .env)\n")
                .append("DAKORA_URL=").append(ServerOptions.DEFAULT_URL).append('\n')
                .append("# the admin key of the Docker stack (DAKORA_AUTH_REQUIRED=true there); the CLI uses it when no DAKORA_API_KEY is set\n")
                .append("DAKORA_ADMIN_KEY=dk_admin_").append(HexFormat.of().formatHex(random)).append('\n');
        String home = context.environment().get("DAKORA_HOME");
        if (home != null) {
            text.append("# the Dakora checkout the Docker images are built from\nDAKORA_SOURCE=").append(home).append('\n');
        }
        return text.append("# provider keys for comparisons (see docker/.env.example for all settings)\n")
                .append("OPENAI_API_KEY=\nANTHROPIC_API_KEY=\nGEMINI_API_KEY=\n").toString();
    }

    private void copy(String resource, Path target) throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CliException(ExitCodes.OTHER, "This build of the CLI lacks " + resource);
            }
            write(target, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private void write(Path target, String content) throws IOException {
        Path shown = context.workingDir().relativize(target);
        if (Files.exists(target)) {
            out().println("kept     " + shown + " (exists)");
            return;
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, content);
        out().println("created  " + shown);
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
