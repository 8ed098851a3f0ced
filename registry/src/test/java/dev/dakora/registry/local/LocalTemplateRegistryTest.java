package dev.dakora.registry.local;

import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.InputType;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.common.template.TemplateYaml;
import dev.dakora.registry.VersionInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LocalTemplateRegistryTest {

    private static final Duration WITHIN = Duration.ofSeconds(3);

    @TempDir
    Path dir;

    private LocalTemplateRegistry registry;

    @AfterEach
    void close() {
        if (registry != null) {
            registry.close();
        }
    }

    private static String yaml(String id, String version, String text) {
        return TemplateYaml.dump(new TemplateSpec(id, version, null, text, Map.of("name", InputSpec.of(InputType.STRING)), Map.of()));
    }

    @Test
    void should_take_in_existing_files_when_opened() throws IOException {
        // given
        Files.writeString(dir.resolve("greeting.yaml"), yaml("greeting", "1.0.0", "Hello {{ name }}"));
        Files.writeString(dir.resolve("notes.txt"), "not a template");

        // when
        registry = new LocalTemplateRegistry(dir, false);

        // then
        assertThat(registry.list()).containsExactly("greeting");
        assertThat(registry.history("greeting")).extracting(VersionInfo::version).containsExactly("1.0.0");
        assertThat(registry.problems()).isEmpty();
    }

    @Test
    void should_create_directory_when_it_is_missing() {
        // given
        Path missing = dir.resolve("a/b/prompts");

        // when
        registry = new LocalTemplateRegistry(missing, false);
        registry.save(TemplateYaml.load(yaml("x", "1.0.0", "hi")));

        // then
        assertThat(missing.resolve("x.yaml")).isRegularFile();
    }

    @Test
    void should_not_record_new_version_when_reopened_over_same_files() throws IOException {
        // given
        Files.writeString(dir.resolve("greeting.yaml"), yaml("greeting", "1.0.0", "Hello"));
        new LocalTemplateRegistry(dir, false).close();

        // when
        registry = new LocalTemplateRegistry(dir, false);

        // then
        assertThat(registry.history("greeting")).hasSize(1);
    }

    @Test
    void should_see_added_edited_and_removed_files_when_changed_by_hand() throws IOException {
        // given
        registry = new LocalTemplateRegistry(dir);
        List<String> changes = new CopyOnWriteArrayList<>();
        registry.addChangeListener(changes::add);

        // when a file is added
        Files.writeString(dir.resolve("greeting.yaml"), yaml("greeting", "1.0.0", "Hello"));

        // then
        await().atMost(WITHIN).until(() -> registry.get("greeting").isPresent());
        assertThat(changes).contains("greeting");

        // when it is edited keeping its version
        Files.writeString(dir.resolve("greeting.yaml"), yaml("greeting", "1.0.0", "Hello, edited"));

        // then it becomes the next patch version, and the file says so
        await().atMost(WITHIN).until(() -> registry.get("greeting").map(TemplateSpec::template).orElse("").equals("Hello, edited"));
        assertThat(registry.get("greeting").orElseThrow().version()).isEqualTo("1.0.1");
        await().atMost(WITHIN).until(() -> Files.readString(dir.resolve("greeting.yaml")).contains("version: 1.0.1"));

        // when it is removed
        Files.delete(dir.resolve("greeting.yaml"));

        // then
        await().atMost(WITHIN).until(() -> registry.list().isEmpty());
        assertThat(registry.get("greeting")).isEmpty();
        assertThat(registry.history("greeting")).hasSize(2);
    }

    @Test
    void should_keep_file_as_written_when_hand_edit_gives_a_new_version() throws IOException {
        // given
        registry = new LocalTemplateRegistry(dir);
        registry.save(TemplateYaml.load(yaml("greeting", "1.0.0", "Hello")));
        String handWritten = "id: greeting\nversion: 2.0.0\ntemplate: 'Hi {{ name }}'\ninputs:\n  name: {type: string}\n";

        // when
        Files.writeString(dir.resolve("greeting.yaml"), handWritten);

        // then
        await().atMost(WITHIN).until(() -> registry.get("greeting").map(TemplateSpec::version).orElse("").equals("2.0.0"));
        assertThat(Files.readString(dir.resolve("greeting.yaml"))).isEqualTo(handWritten);
    }

    @Test
    void should_report_and_skip_malformed_file_without_breaking_others() throws IOException {
        // given
        Files.writeString(dir.resolve("good.yaml"), yaml("good", "1.0.0", "fine"));
        Files.writeString(dir.resolve("edited.yaml"), yaml("edited", "1.0.0", "last good"));
        registry = new LocalTemplateRegistry(dir);

        // when
        Files.writeString(dir.resolve("bad.yaml"), "id: bad\ntemplate: \"unclosed\n");
        Files.writeString(dir.resolve("edited.yaml"), "id: edited\ninputs: [\n");
        Files.writeString(dir.resolve("wrong-id.yaml"), yaml("other", "1.0.0", "x"));
        Files.writeString(dir.resolve("bad name.yaml"), yaml("ok", "1.0.0", "x"));

        // then
        await().atMost(WITHIN).until(() -> registry.problems().size() == 4);
        assertThat(registry.problems().get("bad.yaml")).contains("not valid YAML at line");
        assertThat(registry.problems().get("edited.yaml")).contains("not valid YAML at line");
        assertThat(registry.problems().get("wrong-id.yaml")).contains("does not match the file name");
        assertThat(registry.problems().get("bad name.yaml")).contains("not a valid template id");
        assertThat(registry.list()).containsExactly("edited", "good");
        assertThat(registry.get("edited").map(TemplateSpec::template)).contains("last good");
    }

    @Test
    void should_clear_problem_when_broken_file_is_fixed() throws IOException {
        // given
        registry = new LocalTemplateRegistry(dir);
        Files.writeString(dir.resolve("bad.yaml"), "id: bad\ntemplate: [\n");
        await().atMost(WITHIN).until(() -> registry.problems().containsKey("bad.yaml"));

        // when
        Files.writeString(dir.resolve("bad.yaml"), yaml("bad", "1.0.0", "fixed"));

        // then
        await().atMost(WITHIN).until(() -> registry.problems().isEmpty());
        assertThat(registry.get("bad").map(TemplateSpec::template)).contains("fixed");
    }

    @Test
    void should_report_conflict_when_hand_edit_reuses_an_older_version() throws IOException {
        // given
        registry = new LocalTemplateRegistry(dir);
        registry.save(TemplateYaml.load(yaml("greeting", "1.0.0", "one")));
        registry.save(TemplateYaml.load(yaml("greeting", "2.0.0", "two")));

        // when
        Files.writeString(dir.resolve("greeting.yaml"), yaml("greeting", "1.0.0", "rewritten one"));

        // then
        await().atMost(WITHIN).until(() -> registry.problems().containsKey("greeting.yaml"));
        assertThat(registry.problems().get("greeting.yaml")).contains("already exists");
        assertThat(registry.get("greeting").map(TemplateSpec::template)).contains("two");
    }

    @Test
    void should_fire_listener_once_when_registry_writes_its_own_file() {
        // given
        registry = new LocalTemplateRegistry(dir);
        List<String> changes = new CopyOnWriteArrayList<>();
        registry.addChangeListener(changes::add);

        // when
        registry.save(TemplateYaml.load(yaml("greeting", "1.0.0", "Hello")));
        registry.save(TemplateYaml.load(yaml("other", "1.0.0", "Other")));

        // then the watcher's view of the same writes adds nothing
        await().pollDelay(Duration.ofMillis(500)).atMost(WITHIN).until(() -> changes.size() >= 2);
        assertThat(changes).containsExactly("greeting", "other");
        assertThat(registry.history("greeting")).hasSize(1);
    }

    @Test
    void should_bring_template_back_when_removed_file_is_restored_unchanged() throws IOException {
        // given
        registry = new LocalTemplateRegistry(dir);
        registry.save(TemplateYaml.load(yaml("greeting", "1.0.0", "Hello")));
        String content = Files.readString(dir.resolve("greeting.yaml"));
        Files.delete(dir.resolve("greeting.yaml"));
        await().atMost(WITHIN).until(() -> registry.get("greeting").isEmpty());
        List<String> changes = new CopyOnWriteArrayList<>();
        registry.addChangeListener(changes::add);

        // when
        Files.writeString(dir.resolve("greeting.yaml"), content);

        // then
        await().atMost(WITHIN).until(() -> registry.get("greeting").isPresent());
        await().atMost(WITHIN).until(() -> changes.contains("greeting"));
        assertThat(registry.history("greeting")).hasSize(1);
    }
}
