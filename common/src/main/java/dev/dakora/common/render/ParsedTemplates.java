package dev.dakora.common.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded cache of parsed templates keyed by their text (looked up by the text's hash, confirmed
 * by equality, so two templates never share an entry), evicting the least recently used.
 * Parsing happens outside the lock; two threads parsing the same new text both succeed.
 */
final class ParsedTemplates {

    private final Map<String, ParsedTemplate> entries;

    ParsedTemplates(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ParsedTemplate> eldest) {
                return size() > capacity;
            }
        };
    }

    ParsedTemplate get(String template, Function<String, ParsedTemplate> parser) {
        ParsedTemplate cached;
        synchronized (entries) {
            cached = entries.get(template);
        }
        if (cached != null) {
            return cached;
        }
        ParsedTemplate parsed = parser.apply(template);
        synchronized (entries) {
            entries.put(template, parsed);
        }
        return parsed;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
