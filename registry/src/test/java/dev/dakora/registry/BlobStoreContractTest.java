package dev.dakora.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link BlobStore} must do. A backend's test extends this class and returns, from
 * {@link #newStore()}, a store that is empty and not shared with any other test.
 */
public abstract class BlobStoreContractTest {

    private static final int CONTENDERS = 12;

    protected BlobStore store;

    /** A new, empty store for one test. */
    protected abstract BlobStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void should_return_written_bytes_when_reading_a_written_name() {
        // given
        store.write("templates/greeting/v1.yaml", utf8("id: greeting"));

        // when
        var read = store.read("templates/greeting/v1.yaml");

        // then
        assertThat(read).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(utf8("id: greeting")));
    }

    @Test
    void should_return_empty_when_reading_a_name_never_written() {
        // given
        store.write("templates/greeting/v1.yaml", utf8("id: greeting"));

        // when
        var read = store.read("templates/greeting/v2.yaml");

        // then
        assertThat(read).isEmpty();
    }

    @Test
    void should_replace_the_whole_object_when_writing_an_existing_name() {
        // given
        store.write("a.yaml", utf8("a much longer first version"));

        // when
        store.write("a.yaml", utf8("short"));

        // then
        assertThat(store.read("a.yaml")).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(utf8("short")));
    }

    @Test
    void should_write_and_return_true_when_writing_if_absent_a_new_name() {
        // when
        boolean written = store.writeIfAbsent("v1.yaml", utf8("first"));

        // then
        assertThat(written).isTrue();
        assertThat(store.read("v1.yaml")).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(utf8("first")));
    }

    @Test
    void should_return_false_and_keep_the_original_when_writing_if_absent_an_existing_name() {
        // given
        store.writeIfAbsent("v1.yaml", utf8("first"));

        // when
        boolean written = store.writeIfAbsent("v1.yaml", utf8("second"));

        // then
        assertThat(written).isFalse();
        assertThat(store.read("v1.yaml")).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(utf8("first")));
    }

    @Test
    void should_remove_and_return_true_when_deleting_an_existing_name() {
        // given
        store.write("gone.yaml", utf8("x"));
        store.write("kept.yaml", utf8("y"));

        // when
        boolean deleted = store.delete("gone.yaml");

        // then
        assertThat(deleted).isTrue();
        assertThat(store.read("gone.yaml")).isEmpty();
        assertThat(store.list("")).containsExactly("kept.yaml");
        assertThat(store.writeIfAbsent("gone.yaml", utf8("again"))).isTrue();
    }

    @Test
    void should_return_false_when_deleting_a_name_that_does_not_exist() {
        // given
        store.write("once.yaml", utf8("x"));
        store.delete("once.yaml");

        // when
        boolean deletedAgain = store.delete("once.yaml");
        boolean deletedNever = store.delete("never.yaml");

        // then
        assertThat(deletedAgain).isFalse();
        assertThat(deletedNever).isFalse();
    }

    @Test
    void should_list_sorted_names_under_the_prefix_only_when_listing_a_prefix() {
        // given
        for (String name : List.of("b/1", "a/2", "ab/x", "a/10", "c", "a/1", "a/sub/z")) {
            store.write(name, utf8(name));
        }

        // when
        List<String> underA = store.list("a/");
        List<String> startingWithA = store.list("a");
        List<String> all = store.list("");
        List<String> none = store.list("zzz/");

        // then
        assertThat(underA).containsExactly("a/1", "a/10", "a/2", "a/sub/z");
        assertThat(startingWithA).containsExactly("a/1", "a/10", "a/2", "a/sub/z", "ab/x");
        assertThat(all).containsExactly("a/1", "a/10", "a/2", "a/sub/z", "ab/x", "b/1", "c");
        assertThat(none).isEmpty();
    }

    @Test
    void should_keep_every_byte_when_writing_binary_data() {
        // given
        byte[] allValues = new byte[256];
        for (int i = 0; i < allValues.length; i++) {
            allValues[i] = (byte) i;
        }
        byte[] large = new byte[3 * 1024 * 1024 + 7];
        new Random(42).nextBytes(large);

        // when
        store.write("all-values.bin", allValues);
        store.write("large.bin", large);
        store.write("empty.bin", new byte[0]);

        // then
        assertThat(store.read("all-values.bin")).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(allValues));
        assertThat(store.read("large.bin")).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(large));
        assertThat(store.read("empty.bin")).hasValueSatisfying(bytes -> assertThat(bytes).isEmpty());
    }

    @Test
    void should_round_trip_names_when_they_contain_utf8_spaces_and_symbols() {
        // given
        List<String> names = List.of("résumé/日本語 v1.yaml", "emoji/😀.yaml", "odd/a+b c&d=e#f?.yaml");

        // when
        for (String name : names) {
            store.write(name, utf8("content of " + name));
        }

        // then
        for (String name : names) {
            assertThat(store.read(name)).as(name)
                    .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(utf8("content of " + name)));
        }
        assertThat(store.list("")).containsExactlyElementsOf(names.stream().sorted().toList());
        assertThat(store.list("résumé/")).containsExactly("résumé/日本語 v1.yaml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "../outside", "a/../../b", "..", "a/..", "a\\b", "a\u0000b",
            "a\nb", "a\u007fb", "a//b", "a/", "./a", "a/./b"})
    void should_refuse_the_name_and_store_nothing_when_the_name_is_unsafe(String name) {
        // when / then
        assertThatThrownBy(() -> store.write(name, utf8("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.writeIfAbsent(name, utf8("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.read(name)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.delete(name)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.list("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/etc", "../", "a/../", "a\\", "a\u0001"})
    void should_refuse_the_prefix_when_listing_with_an_unsafe_prefix(String prefix) {
        // given
        store.write("a/1", utf8("x"));

        // when / then
        assertThatThrownBy(() -> store.list(prefix)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_let_exactly_one_writer_win_when_many_threads_write_if_absent_the_same_name() throws Exception {
        for (int round = 0; round < 3; round++) {
            // given
            String name = "race/v" + round + ".yaml";
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Boolean>> writers = new ArrayList<>();
            for (int i = 0; i < CONTENDERS; i++) {
                byte[] data = utf8("writer " + i);
                writers.add(() -> {
                    start.await();
                    return store.writeIfAbsent(name, data);
                });
            }

            // when
            List<Boolean> results = runTogether(writers, start);

            // then
            assertThat(results).as("round %d", round).containsOnlyOnce(true).hasSize(CONTENDERS);
            String stored = new String(store.read(name).orElseThrow(), StandardCharsets.UTF_8);
            assertThat(stored).startsWith("writer ");
            assertThat(store.writeIfAbsent(name, utf8("late"))).isFalse();
            assertThat(new String(store.read(name).orElseThrow(), StandardCharsets.UTF_8)).isEqualTo(stored);
        }
    }

    @Test
    void should_show_readers_only_whole_objects_when_an_object_is_rewritten_concurrently() throws Exception {
        // given
        byte[] first = filled((byte) 'a', 256 * 1024);
        byte[] second = filled((byte) 'b', 200 * 1024);
        store.write("big.bin", first);
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch readersStarted = new CountDownLatch(2);
        Callable<Boolean> writer = () -> {
            readersStarted.await();
            for (int i = 0; i < 20; i++) {
                store.write("big.bin", i % 2 == 0 ? second : first);
            }
            writing.set(false);
            return true;
        };
        Callable<Boolean> reader = () -> {
            start.await();
            boolean allWhole = true;
            do {
                byte[] seen = store.read("big.bin").orElseThrow();
                allWhole &= Arrays.equals(seen, first) || Arrays.equals(seen, second);
                readersStarted.countDown();
            } while (writing.get());
            return allWhole;
        };

        // when
        List<Boolean> results = runTogether(List.of(writer, reader, reader), start);

        // then
        assertThat(results).containsOnly(true);
    }

    private static List<Boolean> runTogether(List<Callable<Boolean>> tasks, CountDownLatch start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (Callable<Boolean> task : tasks) {
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] filled(byte value, int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, value);
        return bytes;
    }

    protected static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
