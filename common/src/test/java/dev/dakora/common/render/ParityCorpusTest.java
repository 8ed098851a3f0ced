package dev.dakora.common.render;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole Jinja2 parity corpus ({@code src/test/resources/parity/*.jsonl}, expectations from real
 * Jinja2 configured as the reference) against this renderer, in one run that reports every problem
 * at once, with a summary of cases, passes and listed differences per file.
 *
 * <p>A case that differs must be listed in {@code parity/known-differences.tsv} (case, category,
 * reason), and a listed case that now matches must be taken off the list, so the list only shrinks
 * and never goes stale. To rewrite the list from the current renderer (listed cases keep their
 * category and reason, new ones get their corpus category or {@code unclassified}):
 *
 * <pre>./mvnw -B -ntp -pl common test -Dtest=ParityCorpusTest -Dparity.writeKnown=true</pre>
 *
 * The generators that write the corpus are in {@code src/test/python}.
 */
class ParityCorpusTest {

    static final List<String> FILES = List.of("/parity/jinja2-render-cases.jsonl", "/parity/jinja2-extra-cases.jsonl",
            "/parity/jinja2-systematic-cases.jsonl", "/parity/jinja2-random-cases.jsonl",
            "/parity/jinja2-method-cases.jsonl",
            "/parity/jinja2-test-filter-cases.jsonl",
            "/parity/jinja2-syntax-cases.jsonl");
    private static final String KNOWN = "/parity/known-differences.tsv";
    private static final Path KNOWN_SOURCE = Path.of("src/test/resources/parity/known-differences.tsv");

    private static TemplateRenderer renderer;
    private static CorpusRun run;

    @BeforeAll
    static void runCorpus() {
        renderer = new TemplateRenderer();
        run = CorpusRun.run(renderer, FILES);
    }

    @AfterAll
    static void closeRenderer() {
        renderer.close();
    }

    @Test
    void should_match_jinja2_on_every_case_not_listed_as_a_known_difference() throws IOException {
        // given
        KnownDifferences known = KnownDifferences.load(KNOWN);
        System.out.print(run.summary(known));
        if (Boolean.getBoolean("parity.writeKnown")) {
            KnownDifferences source = Files.exists(KNOWN_SOURCE)
                    ? KnownDifferences.parse(Files.readAllLines(KNOWN_SOURCE)) : new KnownDifferences(Map.of());
            source.rewrite(run.failures(), run.corpusCategories()).write(KNOWN_SOURCE);
            assertThat(KnownDifferences.parse(Files.readAllLines(KNOWN_SOURCE)).entries().keySet())
                    .containsExactlyInAnyOrderElementsOf(run.failures().keySet());
            return;
        }

        // when
        List<String> problems = known.problems(run.failures(), run.names());

        // then
        assertThat(problems).as("%d parity problems (rewrite the list with -Dparity.writeKnown=true once the "
                + "new differences are understood):%n%s", problems.size(), String.join("\n", problems)).isEmpty();
    }

    @Test
    void should_hold_unique_case_names_across_every_corpus_file() {
        // given / when
        List<String> names = run.cases().stream().map(ParityCase::name).toList();

        // then
        assertThat(names).hasSizeGreaterThan(11_000).doesNotHaveDuplicates();
    }

    @Test
    void should_list_only_known_categories_when_a_case_carries_one() {
        // given / when
        Set<String> categories = Set.copyOf(run.corpusCategories().values());

        // then
        assertThat(categories).containsExactlyInAnyOrder("sandbox-template-loading", "deliberate-null-input",
                "deliberate-nonfinite-number");
    }
}
