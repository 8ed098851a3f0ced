package dev.dakora.common.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parity cases this renderer does not match yet, by name: a tab-separated file of case name,
 * category (the family of the difference, or a deliberate difference) and reason. Lines starting
 * with {@code #} are comments.
 */
record KnownDifferences(Map<String, Entry> entries) {

    static final String UNCLASSIFIED = "unclassified";
    private static final String HEADER = """
            # Parity cases the renderer does not match yet: case<TAB>category<TAB>reason.
            # Regenerate from the current renderer: ./mvnw -B -ntp -pl common test -Dtest=ParityCorpusTest -Dparity.writeKnown=true
            # (keeps the category and reason of listed cases; a new case gets its corpus category or 'unclassified').
            """;

    /** Why one case is listed. */
    record Entry(String category, String reason) {
    }

    KnownDifferences {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    static KnownDifferences parse(List<String> lines) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", 3);
            if (cells.length < 2 || entries.containsKey(cells[0])) {
                throw new IllegalArgumentException("bad or repeated known-differences line: " + line);
            }
            entries.put(cells[0], new Entry(cells[1], cells.length == 3 ? cells[2] : ""));
        }
        return new KnownDifferences(entries);
    }

    static KnownDifferences load(String resource) {
        try (InputStream in = KnownDifferences.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new KnownDifferences(Map.of());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean lists(String name) {
        return entries.containsKey(name);
    }

    /**
     * The list for the current failures: a listed case keeps its category and reason, a new one
     * gets the corpus's category for it (when it has one) or {@value #UNCLASSIFIED}, and the
     * observed difference as reason.
     */
    KnownDifferences rewrite(Map<String, String> failures, Map<String, String> corpusCategories) {
        Map<String, Entry> next = new TreeMap<>();
        failures.forEach((name, difference) -> next.put(name, entries.getOrDefault(name, new Entry(
                corpusCategories.getOrDefault(name, UNCLASSIFIED), difference))));
        return new KnownDifferences(next);
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>(HEADER.lines().toList());
        entries.forEach((name, entry) -> lines.add(name + "\t" + entry.category() + "\t" + entry.reason()));
        return lines;
    }

    void write(Path file) {
        try {
            Files.write(file, lines(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Count of entries per category, largest first. */
    Map<String, Long> categoryCounts() {
        Map<String, Long> counts = new TreeMap<>();
        entries.values().forEach(e -> counts.merge(e.category(), 1L, Long::sum));
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
