package dev.dakora.registry.local;

import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.InputType;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.common.template.TemplateYaml;
import dev.dakora.registry.SaveResult;
import dev.dakora.registry.VersionConflictException;
import dev.dakora.registry.VersionInfo;
import dev.dakora.registry.VersionedTemplateRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentSavesTest {

    private static final int THREADS = 8;
    private static final int SAVES_PER_THREAD = 15;

    @TempDir
    Path dir;

    /** One save of a thread: the registry to use, the thread and save numbers, the text to store. */
    private interface SaveStep {
        void save(VersionedTemplateRegistry registry, int thread, int index, String text);
    }

    @Test
    void should_store_every_version_when_many_threads_save_new_version_strings() throws Exception {
        // given
        SaveStep explicitVersion = (registry, thread, index, text) ->
                registry.save(spec(text, (thread + 2) + "." + index + ".0"));

        // when
        Set<String> written = saveFromManyThreads(explicitVersion);

        // then
        assertWholeHistory(written);
    }

    @Test
    void should_store_every_version_when_many_threads_keep_the_version_they_read() throws Exception {
        // given a client's loop: read the newest, save a change keeping its version, start over when refused
        SaveStep keepVersion = (registry, thread, index, text) -> {
            while (true) {
                String base = registry.get("busy").orElseThrow().version();
                try {
                    SaveResult result = registry.save(spec(text, base));
                    assertThat(result.spec().template()).isEqualTo(text);
                    return;
                } catch (VersionConflictException e) {
                    // another thread saved since the read: read again
                }
            }
        };

        // when
        Set<String> written = saveFromManyThreads(keepVersion);

        // then
        assertWholeHistory(written);
    }

    private Set<String> saveFromManyThreads(SaveStep step) throws Exception {
        // two registries over one directory stand for two processes sharing it
        LocalBlobStore store = new LocalBlobStore(dir);
        List<VersionedTemplateRegistry> registries = List.of(new VersionedTemplateRegistry(store), new VersionedTemplateRegistry(store));
        registries.getFirst().create(spec("initial", "1.0.0"));
        Set<String> written = ConcurrentHashMap.newKeySet();
        written.add("initial");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                VersionedTemplateRegistry registry = registries.get(t % 2);
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < SAVES_PER_THREAD; i++) {
                        String text = "text from thread " + thread + " save " + i + "\n" + "x".repeat(2000);
                        step.save(registry, thread, i, text);
                        written.add(text);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        }
        return written;
    }

    private void assertWholeHistory(Set<String> written) throws Exception {
        VersionedTemplateRegistry reader = new VersionedTemplateRegistry(new LocalBlobStore(dir));
        List<VersionInfo> history = reader.history("busy");
        assertThat(history).hasSize(1 + THREADS * SAVES_PER_THREAD);
        Set<String> versions = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (VersionInfo info : history) {
            assertThat(versions.add(info.version())).as("version %s listed once", info.version()).isTrue();
            TemplateSpec stored = reader.getVersion("busy", info.version()).orElseThrow();
            assertThat(stored.version()).isEqualTo(info.version());
            assertThat(info.contentHash()).isEqualTo(sha256(TemplateYaml.dump(stored)));
            texts.add(stored.template());
        }
        assertThat(texts).isEqualTo(written);
        assertThat(reader.get("busy").map(TemplateSpec::version)).contains(history.getFirst().version());
    }

    private static TemplateSpec spec(String text, String version) {
        return new TemplateSpec("busy", version, null, text, Map.of("name", InputSpec.of(InputType.STRING)), Map.of());
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
