package dev.dakora.registry.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalBlobStoreTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void should_read_back_written_object_when_name_has_folders() {
        // given
        LocalBlobStore store = new LocalBlobStore(dir.resolve("new/store"));

        // when
        store.write(".dakora/a/versions/1.0.0.yaml", bytes("one"));
        store.write("a.yaml", bytes("top"));
        store.write("a.yaml", bytes("replaced"));

        // then
        assertThat(store.read(".dakora/a/versions/1.0.0.yaml")).map(String::new).contains("one");
        assertThat(store.read("a.yaml")).map(String::new).contains("replaced");
        assertThat(store.read("missing.yaml")).isEmpty();
        assertThat(store.list("")).containsExactly(".dakora/a/versions/1.0.0.yaml", "a.yaml");
        assertThat(store.list(".dakora/a/")).containsExactly(".dakora/a/versions/1.0.0.yaml");
        assertThat(store.list(".dakora/b/")).isEmpty();
    }

    @Test
    void should_write_only_once_when_writing_if_absent() {
        // given
        LocalBlobStore store = new LocalBlobStore(dir);

        // when
        boolean first = store.writeIfAbsent("x/v.yaml", bytes("first"));
        boolean second = store.writeIfAbsent("x/v.yaml", bytes("second"));

        // then
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(store.read("x/v.yaml")).map(String::new).contains("first");
    }

    @Test
    void should_leave_no_temporary_files_when_writes_finish() throws IOException {
        // given
        LocalBlobStore store = new LocalBlobStore(dir);

        // when
        store.write("a.yaml", bytes("a"));
        store.writeIfAbsent("a.yaml", bytes("b"));
        store.writeIfAbsent("b.yaml", bytes("b"));

        // then
        try (var files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("a.yaml", "b.yaml");
        }
    }

    @Test
    void should_report_whether_object_existed_when_deleting() {
        // given
        LocalBlobStore store = new LocalBlobStore(dir);
        store.write("a.yaml", bytes("a"));

        // when / then
        assertThat(store.delete("a.yaml")).isTrue();
        assertThat(store.delete("a.yaml")).isFalse();
        assertThat(store.read("a.yaml")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/../../x", "/etc/passwd", "..%2Fx", "%2e%2e/x", "a\\..\\x", "..\\x", "C:/x",
            "a//b", "./a", "a/./b", "a/", "", "..", "a/..", "x\u0000y", ".a.yaml123.dakora-tmp"})
    void should_refuse_name_when_it_could_leave_the_root(String name) {
        // given
        LocalBlobStore store = new LocalBlobStore(dir.resolve("root"));

        // when / then
        assertThatThrownBy(() -> store.read(name)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refused object name");
        assertThatThrownBy(() -> store.write(name, bytes("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.writeIfAbsent(name, bytes("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.delete(name)).isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void should_refuse_name_when_a_symbolic_link_leads_outside_the_root() throws IOException {
        // given
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.yaml"), "secret");
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.createSymbolicLink(root.resolve("link"), outside);
        Files.createSymbolicLink(root.resolve("secret.yaml"), outside.resolve("secret.yaml"));
        LocalBlobStore store = new LocalBlobStore(root);

        // when / then
        assertThatThrownBy(() -> store.read("link/secret.yaml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside");
        assertThatThrownBy(() -> store.write("link/new.yaml", bytes("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.read("secret.yaml")).isInstanceOf(IllegalArgumentException.class);
        assertThat(outside.resolve("new.yaml")).doesNotExist();
        assertThat(store.list("")).isEmpty();
    }
}
