package dev.dakora.gateway.domain;

import dev.dakora.common.template.TemplateSpec;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateCacheTest {

    private static final TemplateCache.Key CURRENT = new TemplateCache.Key("greet", null, null);

    @Test
    void should_serve_a_loaded_template_without_loading_again() {
        // given
        TemplateCache cache = new TemplateCache(10);
        AtomicInteger loads = new AtomicInteger();
        cache.load(CURRENT, () -> {
            loads.incrementAndGet();
            return Optional.of(spec("one"));
        });

        // when
        Optional<TemplateSpec> cached = cache.get(CURRENT);

        // then
        assertThat(cached).map(TemplateSpec::template).contains("one");
        assertThat(loads).hasValue(1);
    }

    @Test
    void should_drop_every_entry_of_a_template_when_it_changes() {
        // given
        TemplateCache cache = new TemplateCache(10);
        TemplateCache.Key version = new TemplateCache.Key("greet", "1.0.0", null);
        TemplateCache.Key other = new TemplateCache.Key("other", null, null);
        cache.load(CURRENT, () -> Optional.of(spec("one")));
        cache.load(version, () -> Optional.of(spec("one")));
        cache.load(other, () -> Optional.of(spec("two")));

        // when
        cache.invalidate("greet");

        // then
        assertThat(cache.get(CURRENT)).isEmpty();
        assertThat(cache.get(version)).isEmpty();
        assertThat(cache.get(other)).isPresent();
    }

    @Test
    void should_not_keep_a_load_that_raced_with_a_change() {
        // given
        TemplateCache cache = new TemplateCache(10);

        // when
        Optional<TemplateSpec> loaded = cache.load(CURRENT, () -> {
            cache.invalidate("greet");
            return Optional.of(spec("stale"));
        });

        // then
        assertThat(loaded).isPresent();
        assertThat(cache.get(CURRENT)).isEmpty();
    }

    @Test
    void should_not_cache_a_miss_and_stay_within_its_bound() {
        // given
        TemplateCache cache = new TemplateCache(2);

        // when
        cache.load(CURRENT, Optional::empty);
        for (int i = 0; i < 5; i++) {
            cache.load(new TemplateCache.Key("t" + i, null, null), () -> Optional.of(spec("x")));
        }

        // then
        assertThat(cache.get(CURRENT)).isEmpty();
        assertThat(cache.size()).isLessThanOrEqualTo(2);
    }

    private static TemplateSpec spec(String text) {
        return new TemplateSpec("greet", "1.0.0", null, text, Map.of(), Map.of());
    }
}
