package dev.dakora.common.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every case of every parity file run once through {@link ParityCheck} (in parallel: the renderer
 * is thread-safe): the cases per file and the differences by case name.
 */
record CorpusRun(Map<String, List<ParityCase>> files, Map<String, String> failures) {

    static CorpusRun run(TemplateRenderer renderer, List<String> resources) {
        Map<String, List<ParityCase>> files = new LinkedHashMap<>();
        Map<String, String> failures = new TreeMap<>();
        for (String resource : resources) {
            List<ParityCase> cases = ParityCase.load(resource);
            files.put(resource, cases);
            failures.putAll(cases.parallelStream()
                    .flatMap(c -> ParityCheck.difference(renderer, c).map(d -> Map.entry(c.name(), d)).stream())
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }
        return new CorpusRun(files, failures);
    }

    List<ParityCase> cases() {
        return files.values().stream().flatMap(List::stream).toList();
    }

    Set<String> names() {
        return cases().stream().map(ParityCase::name).collect(Collectors.toSet());
    }

    Map<String, String> corpusCategories() {
        Map<String, String> categories = new LinkedHashMap<>();
        cases().stream().filter(c -> c.category() != null).forEach(c -> categories.put(c.name(), c.category()));
        return categories;
    }

    /** Cases, passes and listed differences per file and in total, and the listed ones by category. */
    String summary(KnownDifferences known) {
        StringBuilder out = new StringBuilder("Jinja2 parity corpus\n");
        int total = 0;
        int passed = 0;
        int listed = 0;
        for (var file : files.entrySet()) {
            int cases = file.getValue().size();
            int fails = (int) file.getValue().stream().filter(c -> failures.containsKey(c.name())).count();
            int known1 = (int) file.getValue().stream().filter(c -> known.lists(c.name())).count();
            out.append(line(file.getKey(), cases, cases - fails, known1));
            total += cases;
            passed += cases - fails;
            listed += known1;
        }
        out.append(line("total", total, passed, listed));
        out.append("  listed by category: ").append(known.categoryCounts()).append('\n');
        return out.toString();
    }

    private static String line(String label, int cases, int passed, int listed) {
        return String.format("  %-42s %6d cases %6d passed (%5.1f%%) %6d listed%n", label, cases, passed,
                cases == 0 ? 100.0 : 100.0 * passed / cases, listed);
    }
}
