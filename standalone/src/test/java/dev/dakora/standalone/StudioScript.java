package dev.dakora.standalone;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Studio's browser tests ({@code studio/e2e/*.e2e.mjs}, {@code studio.e2e.mjs} the main one) run with
 * {@code node}: each drives Chromium through playwright-core (from the Studio's {@code node_modules},
 * installed by the Studio's build) against a running Dakora, writes screenshots to an artifacts directory
 * and exits 0 when every step passed.
 */
final class StudioScript {

    static final String INSTALL_CHROMIUM = "apt-get install -y chromium";
    static final String MAIN = "studio.e2e.mjs";
    private static final String SCRIPT = "e2e/" + MAIN;

    private final Path studioDir;
    private final Path chromium;

    private StudioScript(Path studioDir, Path chromium) {
        this.studioDir = studioDir;
        this.chromium = chromium;
    }

    /** The outcome of one run: exit code and everything it printed. */
    record Run(int exitCode, String output) {
    }

    /** The script of this checkout with Chromium at {@code CHROMIUM} or /usr/bin/chromium; fails the test if either is missing. */
    static StudioScript locate() {
        Path chromium = requireChromium(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")));
        Path studio = studioDir(Path.of("").toAbsolutePath());
        if (!Files.isDirectory(studio.resolve("node_modules/playwright-core"))) {
            fail("playwright-core is not installed in " + studio + "/node_modules: build the Studio first"
                    + " (./mvnw -pl studio install, which runs npm ci)");
        }
        return new StudioScript(studio, chromium);
    }

    static Path requireChromium(Path chromium) {
        if (!Files.isExecutable(chromium)) {
            fail("The Studio's browser test needs Chromium at " + chromium + ": install it with `" + INSTALL_CHROMIUM
                    + "` (Debian), or set CHROMIUM to another Chromium");
        }
        return chromium;
    }

    private static Path studioDir(Path from) {
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("studio").resolve(SCRIPT))) {
                return dir.resolve("studio");
            }
        }
        return fail("no studio/" + SCRIPT + " above " + from);
    }

    /** The file names of every browser script in {@code studio/e2e/}, sorted. */
    List<String> scripts() throws IOException {
        try (Stream<Path> files = Files.list(studioDir.resolve("e2e"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".e2e.mjs")).sorted().toList();
        }
    }

    /** Runs the main script against {@code url}, as {@link #run(String, String, Path, Duration)}. */
    Run run(String url, Path artifacts, Duration limit) throws IOException, InterruptedException {
        return run(MAIN, url, artifacts, limit);
    }

    /**
     * Runs one script of {@code studio/e2e/} against {@code url}, its output logged to
     * {@code <script>.log} in {@code artifacts}; kills it (and its browser) and fails if it takes longer
     * than {@code limit}.
     */
    Run run(String script, String url, Path artifacts, Duration limit) throws IOException, InterruptedException {
        Files.createDirectories(artifacts);
        Path log = artifacts.resolve(script.replace(".mjs", ".log"));
        ProcessBuilder builder = new ProcessBuilder("node", "e2e/" + script).directory(studioDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("STUDIO_URL", url, "STUDIO_ARTIFACTS", artifacts.toAbsolutePath().toString(),
                "CHROMIUM", chromium.toString()));
        builder.environment().remove("STUDIO_API_KEY");
        Process process = builder.start();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("the Studio's browser test " + script + " did not finish within " + limit + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.print(output);
        return new Run(process.exitValue(), output);
    }
}
