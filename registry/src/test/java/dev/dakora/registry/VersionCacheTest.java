package dev.dakora.registry;

import dev.dakora.common.template.TemplateSpec;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VersionCacheTest {

    @Test
    void should_answer_a_stored_version_and_nothing_for_one_never_stored() {
        Map<String, TemplateSpec> cache = VersionCache.create();
        TemplateSpec spec = new TemplateSpec("greet", "1.0.0", null, "Hi", Map.of(), Map.of());

        cache.put("greet@1.0.0", spec);

        assertThat(cache.get("greet@1.0.0")).isSameAs(spec);
        assertThat(cache.get("greet@1.0.1")).isNull();
    }

    @Test
    void should_keep_at_most_its_bound_of_versions() {
        Map<String, TemplateSpec> cache = VersionCache.create();

        for (int i = 0; i < VersionCache.MAX_ENTRIES * 2; i++) {
            cache.put("t@1.0." + i, new TemplateSpec("t", "1.0." + i, null, "x", Map.of(), Map.of()));
        }

        assertThat(cache.size()).isLessThanOrEqualTo(VersionCache.MAX_ENTRIES).isGreaterThan(VersionCache.MAX_ENTRIES / 2);
    }
}
