package dev.dakora.registry;

import dev.dakora.common.template.TemplateSpec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded cache of parsed versions. Versions never change once written, so an entry is never stale;
 * the least recently used go first.
 */
final class VersionCache {

    static final int MAX_ENTRIES = 1024;

    private VersionCache() {
    }

    static Map<String, TemplateSpec> create() {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TemplateSpec> eldest) {
                return size() > MAX_ENTRIES;
            }
        });
    }
}
