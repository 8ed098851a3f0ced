package dev.dakora.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./dakora} launcher's choice of start-up cache, run against a copy of the launcher with a
 * built, extracted jar in place and a stand-in {@code java} that prints the options it is given.
 */
class LauncherCacheTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path root;
    private Path javaHome;
    private Path extracted;

    @BeforeEach
    void lay_out_a_built_standalone() throws IOException {
        copyExecutable(REPOSITORY.resolve("dakora"), root.resolve("dakora"));
        copyExecutable(REPOSITORY.resolve("standalone/aot/stamp.sh"), root.resolve("standalone/aot/stamp.sh"));
        javaHome = root.resolve("jdk");
        Files.createDirectories(javaHome.resolve("bin"));
        Files.writeString(javaHome.resolve("bin/java"), """
                #!/bin/sh
                case "$*" in
                  *-XshowSettings:properties*) printf '    java.home = %s\\n    java.vm.name = Stand-in VM\\n    java.vm.version = %s\\n' \
                      "$JAVA_HOME" "${STAND_IN_VM_VERSION:-25.0.3}" ;;
                  *-version*) echo 'openjdk version "25.0.3" 2025-10-21' >&2 ;;
                  *) echo "JAVA $*" ;;
                esac
                """);
        Files.setPosixFilePermissions(javaHome.resolve("bin/java"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = root.resolve("standalone/target/dakora-standalone.jar");
        extracted = root.resolve("standalone/target/dakora");
        Files.createDirectories(extracted.resolve("lib"));
        Files.writeString(jar, "jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        Files.writeString(extracted.resolve("dakora-standalone.jar"), "jar");
        Files.writeString(extracted.resolve("lib/library.jar"), "library");
    }

    @Test
    void should_use_the_class_data_sharing_archive_when_there_is_no_aot_cache() throws Exception {
        String output = launch(Map.of());

        assertThat(output).contains("-XX:SharedArchiveFile=" + extracted.resolve("dakora.jsa"))
                .doesNotContain("-XX:AOTCache").doesNotContain("not used");
    }

    @Test
    void should_use_the_aot_cache_when_its_stamp_matches_the_jars_and_the_jvm() throws Exception {
        writeCacheWithCurrentStamp();

        String output = launch(Map.of());

        assertThat(output).contains("-XX:AOTCache=" + extracted.resolve("dakora.aot"))
                .doesNotContain("SharedArchiveFile").doesNotContain("not used");
    }

    @Test
    void should_ignore_the_aot_cache_and_say_so_when_a_jar_changed_since_the_training() throws Exception {
        writeCacheWithCurrentStamp();
        Files.writeString(extracted.resolve("lib/library.jar"), "another library");

        String output = launch(Map.of());

        assertThat(output).contains("was made for another jar or JVM: not used")
                .contains("-XX:SharedArchiveFile=").doesNotContain("-XX:AOTCache");
    }

    @Test
    void should_ignore_the_aot_cache_when_another_jvm_runs_it() throws Exception {
        writeCacheWithCurrentStamp();

        String output = launch(Map.of("STAND_IN_VM_VERSION", "25.0.4"));

        assertThat(output).contains("not used").doesNotContain("-XX:AOTCache");
    }

    @Test
    void should_start_without_any_cache_when_asked_for_none() throws Exception {
        writeCacheWithCurrentStamp();

        String output = launch(Map.of("DAKORA_CACHE", "none"));

        assertThat(output).contains("JAVA ").doesNotContain("-XX:AOTCache").doesNotContain("SharedArchiveFile");
    }

    @Test
    void should_refuse_an_unknown_cache_choice_with_a_message() throws Exception {
        String output = launch(Map.of("DAKORA_CACHE", "fast"));

        assertThat(output).contains("DAKORA_CACHE must be auto, cds or none").doesNotContain("JAVA ");
    }

    private void writeCacheWithCurrentStamp() throws Exception {
        Files.writeString(extracted.resolve("dakora.aot"), "cache");
        String stamp = run(Map.of(), root.resolve("standalone/aot/stamp.sh").toString(), extracted.toString(),
                javaHome.toString());
        Files.writeString(extracted.resolve("dakora.aot.stamp"), stamp);
    }

    private String launch(Map<String, String> environment) throws Exception {
        return run(environment, root.resolve("dakora").toString(), "--server.port=1");
    }

    private String run(Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().remove("DAKORA_CACHE");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("finished").isTrue();
        return output;
    }

    private static void copyExecutable(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
