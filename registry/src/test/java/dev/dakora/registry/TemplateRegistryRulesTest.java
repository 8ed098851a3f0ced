package dev.dakora.registry;

import dev.dakora.common.template.TemplateSpec;
import dev.dakora.common.template.TemplateYaml;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.dakora.registry.Specs.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The version and label rules of {@link VersionedTemplateRegistry}, run over every {@link BlobStore}:
 * a backend's test extends this class and returns, from {@link #newStore()}, an empty store of its own.
 */
public abstract class TemplateRegistryRulesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private BlobStore store;
    private VersionedTemplateRegistry registry;

    /** A new, empty store for one test. */
    protected abstract BlobStore newStore();

    @BeforeEach
    void createRegistry() {
        store = newStore();
        registry = new VersionedTemplateRegistry(store, clock);
    }

    @Test
    void should_store_first_version_when_template_is_created() {
        // when
        SaveResult result = registry.create(spec("greeting", "1.0.0", "Hello {{ name }}"));

        // then
        assertThat(result.created()).isTrue();
        assertThat(result.spec().version()).isEqualTo("1.0.0");
        assertThat(registry.list()).containsExactly("greeting");
        assertThat(registry.get("greeting")).contains(result.spec());
        assertThat(registry.history("greeting")).extracting(VersionInfo::version).containsExactly("1.0.0");
    }

    @Test
    void should_refuse_create_when_a_live_template_has_the_id() {
        // given
        registry.create(spec("greeting", "1.0.0", "Hello"));

        // when / then
        assertThatThrownBy(() -> registry.create(spec("greeting", "2.0.0", "Hi")))
                .isInstanceOf(TemplateExistsException.class).hasMessageContaining("greeting");
        assertThat(registry.history("greeting")).hasSize(1);
    }

    @Test
    void should_create_no_version_when_content_is_unchanged() {
        // given
        registry.create(spec("greeting", "1.0.0", "Hello"));
        List<String> changes = new ArrayList<>();
        registry.addChangeListener(changes::add);

        // when
        SaveResult result = registry.save(spec("greeting", "1.0.0", "Hello"));

        // then
        assertThat(result.created()).isFalse();
        assertThat(registry.history("greeting")).hasSize(1);
        assertThat(changes).isEmpty();
    }

    @Test
    void should_give_next_patch_version_when_change_keeps_version_string() {
        // given
        registry.create(spec("greeting", "1.0.0", "Hello"));

        // when
        SaveResult result = registry.save(spec("greeting", "1.0.0", "Hello there"));

        // then
        assertThat(result.created()).isTrue();
        assertThat(result.spec().version()).isEqualTo("1.0.1");
        assertThat(registry.get("greeting")).map(TemplateSpec::template).contains("Hello there");
        assertThat(registry.getVersion("greeting", "1.0.0")).map(TemplateSpec::template).contains("Hello");
    }

    @Test
    void should_use_version_as_given_when_it_is_new() {
        // given
        registry.create(spec("greeting", "1.0.0", "Hello"));

        // when
        SaveResult result = registry.save(spec("greeting", "2.0.0", "Hi"));

        // then
        assertThat(result.spec().version()).isEqualTo("2.0.0");
        assertThat(registry.labels("greeting")).containsEntry(TemplateRegistry.LATEST, "2.0.0");
    }

    @Test
    void should_refuse_save_when_version_string_names_other_content() {
        // given
        registry.create(spec("greeting", "1.0.0", "Hello"));
        registry.save(spec("greeting", "2.0.0", "Hi"));

        // when / then
        assertThatThrownBy(() -> registry.save(spec("greeting", "1.0.0", "Something else")))
                .isInstanceOf(VersionConflictException.class).hasMessageContaining("'1.0.0'");
        assertThat(registry.history("greeting")).extracting(VersionInfo::version).containsExactly("2.0.0", "1.0.0");
        assertThat(registry.getVersion("greeting", "1.0.0")).map(TemplateSpec::template).contains("Hello");
    }

    @Test
    void should_list_history_newest_first_with_time_and_hash_of_canonical_yaml() {
        // given
        registry.create(spec("greeting", "1.0.0", "a"));
        clock.set(Instant.parse("2026-01-02T00:00:00Z"));
        registry.save(spec("greeting", "1.0.0", "b"));
        clock.set(Instant.parse("2026-01-03T00:00:00Z"));
        registry.save(spec("greeting", "1.5", "c"));

        // when
        List<VersionInfo> history = registry.history("greeting");

        // then
        assertThat(history).extracting(VersionInfo::version).containsExactly("1.5", "1.0.1", "1.0.0");
        assertThat(history).extracting(VersionInfo::createdAt).containsExactly(
                Instant.parse("2026-01-03T00:00:00Z"), Instant.parse("2026-01-02T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"));
        for (VersionInfo info : history) {
            byte[] canonical = TemplateYaml.dump(registry.getVersion("greeting", info.version()).orElseThrow()).getBytes(StandardCharsets.UTF_8);
            assertThat(info.contentHash()).hasSize(64).isEqualTo(ContentHash.sha256(canonical));
        }
        assertThat(history.getFirst().labels()).containsExactly(TemplateRegistry.LATEST);
    }

    @Test
    void should_return_nothing_when_id_version_or_label_is_unknown() {
        // given
        registry.create(spec("greeting", "1.0.0", "Hello"));

        // when / then
        assertThat(registry.get("nope")).isEmpty();
        assertThat(registry.getVersion("nope", "1.0.0")).isEmpty();
        assertThat(registry.getVersion("greeting", "9.9.9")).isEmpty();
        assertThat(registry.getByLabel("greeting", "production")).isEmpty();
        assertThat(registry.getByLabel("nope", TemplateRegistry.LATEST)).isEmpty();
        assertThat(registry.history("nope")).isEmpty();
        assertThat(registry.labels("nope")).isEmpty();
        assertThat(registry.delete("nope")).isFalse();
    }

    @Test
    void should_point_label_at_version_and_move_it_back_when_rolling_back() {
        // given
        registry.create(spec("greeting", "1.0.0", "v1"));
        registry.save(spec("greeting", "2.0.0", "v2"));
        registry.setLabel("greeting", "production", "2.0.0");

        // when
        registry.setLabel("greeting", "production", "1.0.0");

        // then
        assertThat(registry.getByLabel("greeting", "production")).map(TemplateSpec::template).contains("v1");
        assertThat(registry.getByLabel("greeting", TemplateRegistry.LATEST)).map(TemplateSpec::template).contains("v2");
        assertThat(registry.labels("greeting")).containsEntry("production", "1.0.0").containsEntry(TemplateRegistry.LATEST, "2.0.0");
        assertThat(registry.history("greeting").getLast().labels()).containsExactly("production");
    }

    @Test
    void should_refuse_label_when_name_is_unsafe_or_latest() {
        // given
        registry.create(spec("greeting", "1.0.0", "v1"));

        // when / then
        for (String bad : new String[]{"latest", "LATEST", "../x", "a/b", "", " ", "has space", ".hidden"}) {
            assertThatThrownBy(() -> registry.setLabel("greeting", bad, "1.0.0"))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(registry.labels("greeting")).containsOnlyKeys(TemplateRegistry.LATEST);
    }

    @Test
    void should_refuse_label_when_template_or_version_does_not_exist() {
        // given
        registry.create(spec("greeting", "1.0.0", "v1"));

        // when / then
        assertThatThrownBy(() -> registry.setLabel("greeting", "staging", "3.0.0"))
                .isInstanceOf(TemplateNotFoundException.class).hasMessageContaining("no version '3.0.0'");
        assertThatThrownBy(() -> registry.setLabel("nope", "staging", "1.0.0"))
                .isInstanceOf(TemplateNotFoundException.class).hasMessageContaining("no template 'nope'");
        assertThatThrownBy(() -> registry.setLabel("../nope", "staging", "1.0.0"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_hide_deleted_template_but_keep_its_history_readable() {
        // given
        registry.create(spec("greeting", "1.0.0", "v1"));
        registry.setLabel("greeting", "production", "1.0.0");

        // when
        boolean deleted = registry.delete("greeting");

        // then
        assertThat(deleted).isTrue();
        assertThat(registry.list()).isEmpty();
        assertThat(registry.get("greeting")).isEmpty();
        assertThat(registry.getByLabel("greeting", "production")).isEmpty();
        assertThat(registry.getVersion("greeting", "1.0.0")).map(TemplateSpec::template).contains("v1");
        assertThat(registry.history("greeting")).hasSize(1);
        assertThat(registry.delete("greeting")).isFalse();
    }

    @Test
    void should_create_deleted_template_again_with_next_version_when_content_differs() {
        // given
        registry.create(spec("greeting", "1.0.0", "v1"));
        registry.delete("greeting");

        // when
        SaveResult result = registry.create(spec("greeting", "1.0.0", "v1 again, changed"));

        // then
        assertThat(result.spec().version()).isEqualTo("1.0.1");
        assertThat(registry.list()).containsExactly("greeting");
        assertThat(registry.history("greeting")).extracting(VersionInfo::version).containsExactly("1.0.1", "1.0.0");
    }

    @Test
    void should_restore_deleted_template_without_new_version_when_content_is_the_same() {
        // given
        registry.create(spec("greeting", "1.0.0", "v1"));
        registry.delete("greeting");
        List<String> changes = new ArrayList<>();
        registry.addChangeListener(changes::add);

        // when
        SaveResult result = registry.create(spec("greeting", "1.0.0", "v1"));

        // then
        assertThat(result.created()).isFalse();
        assertThat(registry.get("greeting")).isPresent();
        assertThat(registry.history("greeting")).hasSize(1);
        assertThat(changes).containsExactly("greeting");
    }

    @Test
    void should_fire_listeners_after_each_change() {
        // given
        List<String> changes = new ArrayList<>();
        registry.addChangeListener(changes::add);
        registry.addChangeListener(id -> {
            throw new IllegalStateException("a broken listener");
        });

        // when
        registry.create(spec("a", "1.0.0", "x"));
        registry.save(spec("a", "1.0.0", "y"));
        registry.setLabel("a", "staging", "1.0.0");
        registry.delete("a");
        registry.delete("a");

        // then
        assertThat(changes).containsExactly("a", "a", "a", "a");
    }

    @Test
    void should_keep_current_version_at_top_level_and_history_under_reserved_prefix() {
        // given
        registry.create(spec("greeting", "1.0.0", "v1"));
        registry.save(spec("greeting", "1.0.0", "v2"));

        // when
        Optional<byte[]> current = store.read("greeting.yaml");

        // then
        assertThat(current).map(bytes -> TemplateYaml.load(new String(bytes, StandardCharsets.UTF_8)))
                .contains(registry.get("greeting").orElseThrow());
        assertThat(store.list("")).allMatch(name -> name.equals("greeting.yaml") || name.startsWith(".dakora/greeting/"));
        assertThat(store.list(".dakora/greeting/versions/")).containsExactly(
                ".dakora/greeting/versions/1.0.0.yaml", ".dakora/greeting/versions/1.0.1.yaml");
        assertThat(registry.list()).containsExactly("greeting");
    }

    @Test
    void should_not_touch_store_when_id_is_invalid() {
        // given
        BlobStore refusing = new FailingBlobStore();
        VersionedTemplateRegistry guarded = new VersionedTemplateRegistry(refusing);

        // when / then
        for (String bad : new String[]{"../etc/passwd", "/abs", "a/b", "..", "", "%2e%2e", "a\\b", ".dakora"}) {
            assertThat(guarded.get(bad)).as(bad).isEmpty();
            assertThat(guarded.getVersion(bad, "1.0.0")).as(bad).isEmpty();
            assertThat(guarded.getByLabel(bad, "production")).as(bad).isEmpty();
            assertThat(guarded.history(bad)).as(bad).isEmpty();
            assertThat(guarded.labels(bad)).as(bad).isEmpty();
            assertThat(guarded.delete(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> guarded.setLabel(bad, "production", "1.0.0")).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(guarded.getVersion("ok", "../../x")).isEmpty();
    }

    @Test
    void should_take_in_outside_change_and_report_broken_file_when_syncing() {
        // given
        registry.create(spec("greeting", "1.0.0", "v1"));
        String edited = TemplateYaml.dump(spec("greeting", "1.0.0", "edited outside"));
        store.write("greeting.yaml", edited.getBytes(StandardCharsets.UTF_8));
        store.write("broken.yaml", "id: broken\ntemplate: [unclosed\n".getBytes(StandardCharsets.UTF_8));

        // when
        registry.syncAll();

        // then
        assertThat(registry.get("greeting")).map(TemplateSpec::version).contains("1.0.1");
        assertThat(registry.list()).containsExactly("greeting");
        assertThat(registry.problems()).containsOnlyKeys("broken.yaml");
        assertThat(registry.problems().get("broken.yaml")).contains("not valid YAML at line 3");
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** Fails on any use, to show a call never reached the store. */
    static final class FailingBlobStore implements BlobStore {
        @Override
        public Optional<byte[]> read(String name) {
            throw new AssertionError("store read " + name);
        }

        @Override
        public void write(String name, byte[] data) {
            throw new AssertionError("store write " + name);
        }

        @Override
        public boolean writeIfAbsent(String name, byte[] data) {
            throw new AssertionError("store writeIfAbsent " + name);
        }

        @Override
        public boolean delete(String name) {
            throw new AssertionError("store delete " + name);
        }

        @Override
        public List<String> list(String prefix) {
            throw new AssertionError("store list " + prefix);
        }
    }
}
