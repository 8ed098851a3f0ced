package dev.dakora.common.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnownDifferencesTest {

    @Test
    void should_read_name_category_and_reason_when_parsing_lines() {
        // given / when
        KnownDifferences known = KnownDifferences.parse(List.of("# comment", "", "a\tfloat-repr\tprints 1e16",
                "b\tunclassified"));

        // then
        assertThat(known.entries()).containsExactly(
                Map.entry("a", new KnownDifferences.Entry("float-repr", "prints 1e16")),
                Map.entry("b", new KnownDifferences.Entry("unclassified", "")));
        assertThat(known.lists("a")).isTrue();
        assertThat(known.lists("c")).isFalse();
    }

    @Test
    void should_refuse_a_repeated_or_malformed_line_when_parsing() {
        // when / then
        assertThatThrownBy(() -> KnownDifferences.parse(List.of("a\tx\ty", "a\tx\ty")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a\tx\ty");
        assertThatThrownBy(() -> KnownDifferences.parse(List.of("only-a-name")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_keep_listed_categories_and_classify_new_failures_when_rewriting() {
        // given
        KnownDifferences known = KnownDifferences.parse(List.of("a\tfloat-repr\tkept reason", "gone\tx\ty"));

        // when
        KnownDifferences next = known.rewrite(Map.of("a", "new text", "b", "diff b", "c", "diff c"),
                Map.of("c", "sandbox-template-loading"));

        // then
        assertThat(next.entries()).containsExactly(
                Map.entry("a", new KnownDifferences.Entry("float-repr", "kept reason")),
                Map.entry("b", new KnownDifferences.Entry(KnownDifferences.UNCLASSIFIED, "diff b")),
                Map.entry("c", new KnownDifferences.Entry("sandbox-template-loading", "diff c")));
        assertThat(KnownDifferences.parse(next.lines())).isEqualTo(next);
    }

    @Test
    void should_count_entries_per_category_largest_first() {
        // given
        KnownDifferences known = KnownDifferences.parse(List.of("a\tx\t", "b\ty\t", "c\ty\t"));

        // when / then
        assertThat(known.categoryCounts()).containsExactly(Map.entry("y", 2L), Map.entry("x", 1L));
    }
}
