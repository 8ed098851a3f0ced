package dev.dakora.common.render;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.function.Function;

/**
 * A bounded cache of parsed templates keyed by their text (looked up by the text's hash, confirmed
 * by equality, so two templates never share an entry), at most {@code capacity} of them (Caffeine:
 * the least likely to be used again go first). Threads asking for the same new text wait for one
 * parse; a parse that throws is not kept.
 */
final class ParsedTemplates {

    private final Cache<String, ParsedTemplate> entries;

    ParsedTemplates(int capacity) {
        // evicts on the writing thread, so the bound holds as soon as a put returns
        this.entries = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
    }

    ParsedTemplate get(String template, Function<String, ParsedTemplate> parser) {
        return entries.get(template, parser);
    }

    int size() {
        entries.cleanUp();
        return Math.toIntExact(entries.estimatedSize());
    }
}
