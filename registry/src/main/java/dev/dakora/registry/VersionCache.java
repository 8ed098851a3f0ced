package dev.dakora.registry;

import com.github.benmanes.caffeine.cache.Caffeine;
import dev.dakora.common.template.TemplateSpec;

import java.util.Map;

/**
 * A bounded cache of parsed versions, at most {@value #MAX_ENTRIES} (Caffeine: the least likely to be
 * read again go first). Versions never change once written, so an entry is never stale.
 */
final class VersionCache {

    static final int MAX_ENTRIES = 1024;

    private VersionCache() {
    }

    static Map<String, TemplateSpec> create() {
        return Caffeine.newBuilder().maximumSize(MAX_ENTRIES).executor(Runnable::run)
                .<String, TemplateSpec>build().asMap();
    }
}
