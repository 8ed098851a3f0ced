package dev.dakora.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Runs the CLI in-process with a given environment, working directory and standard input; keeps its output. */
final class CliRun {

    final int exitCode;
    final String out;
    final String err;

    private CliRun(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    static CliContext context(Path workingDir) {
        return new CliContext(Map.of(), workingDir, new ByteArrayInputStream(new byte[0]), Optional.empty());
    }

    static Builder in(Path workingDir) {
        return new Builder(workingDir);
    }

    static final class Builder {
        private final Path workingDir;
        private final Map<String, String> environment = new HashMap<>();
        private String stdin = "";

        private Builder(Path workingDir) {
            this.workingDir = workingDir;
        }

        Builder env(String name, String value) {
            environment.put(name, value);
            return this;
        }

        Builder stdin(String text) {
            stdin = text;
            return this;
        }

        CliRun run(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CliContext context = new CliContext(Map.copyOf(environment), workingDir,
                    new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Optional.empty());
            int code = DakoraCli.run(context, new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new CliRun(code, out.toString(), err.toString());
        }
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
