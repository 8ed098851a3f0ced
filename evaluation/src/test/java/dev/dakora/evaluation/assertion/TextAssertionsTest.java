package dev.dakora.evaluation.assertion;

import org.junit.jupiter.api.Test;

import static dev.dakora.evaluation.assertion.Suites.first;
import static org.assertj.core.api.Assertions.assertThat;

class TextAssertionsTest {

    @Test
    void equals_passes_on_the_exact_text_and_fails_on_any_difference() {
        assertThat(first("[{type: equals, value: Paris}]", "Paris").pass()).isTrue();
        AssertionResult miss = first("[{type: equals, value: Paris}]", "Paris.");
        assertThat(miss.pass()).isFalse();
        assertThat(miss.score()).isZero();
        assertThat(miss.reason()).contains("expected 'Paris'", "got 'Paris.'");
    }

    @Test
    void equals_compares_with_the_rows_expected_output_when_it_has_no_value() {
        assertThat(first("[{type: equals}]", EvalInput.of("42", "42")).pass()).isTrue();
        assertThat(first("[{type: equals}]", EvalInput.of("41", "42")).pass()).isFalse();
        assertThat(first("[{type: equals}]", EvalInput.of("42", null)).reason()).contains("no expected output");
    }

    @Test
    void equals_ignores_case_and_surrounding_whitespace_only_when_asked() {
        assertThat(first("[{type: equals, value: paris, ignore_case: true, trim: true}]", "  PARIS\n").pass()).isTrue();
        assertThat(first("[{type: equals, value: paris}]", "  PARIS\n").pass()).isFalse();
    }

    @Test
    void contains_needs_every_value_by_default_and_one_with_match_any() {
        String all = "[{type: contains, values: [Paris, France]}]";
        assertThat(first(all, "Paris is in France").pass()).isTrue();
        assertThat(first(all, "Paris is in Texas").reason()).contains("does not contain 'France'");
        String any = "[{type: contains, values: [Paris, Lyon], match: any}]";
        assertThat(first(any, "Lyon it is").pass()).isTrue();
        assertThat(first(any, "Marseille").pass()).isFalse();
    }

    @Test
    void contains_is_case_sensitive_and_icontains_is_not() {
        assertThat(first("[{type: contains, value: paris}]", "PARIS").pass()).isFalse();
        assertThat(first("[{type: icontains, value: paris}]", "in PARIS today").pass()).isTrue();
        assertThat(first("[{type: icontains, value: lyon}]", "in PARIS today").pass()).isFalse();
    }

    @Test
    void contains_any_and_icontains_all_name_the_match_in_the_type() {
        assertThat(first("[{type: contains-any, values: [a, z]}]", "xyz").pass()).isTrue();
        assertThat(first("[{type: contains-any, values: [a, b]}]", "xyz").pass()).isFalse();
        assertThat(first("[{type: icontains-all, values: [X, Y]}]", "xyz").pass()).isTrue();
        assertThat(first("[{type: icontains-all, values: [X, Q]}]", "xyz").pass()).isFalse();
    }

    @Test
    void not_contains_fails_on_any_value_found() {
        assertThat(first("[{type: not-contains, values: [sorry, cannot]}]", "Here you go").pass()).isTrue();
        AssertionResult found = first("[{type: not-contains, values: [sorry, cannot]}]", "I cannot help");
        assertThat(found.pass()).isFalse();
        assertThat(found.reason()).contains("'cannot'");
        assertThat(first("[{type: not-icontains, value: SORRY}]", "sorry!").pass()).isFalse();
        assertThat(first("[{type: not-contains, value: SORRY}]", "sorry!").pass()).isTrue();
    }

    @Test
    void starts_with_checks_the_beginning_only() {
        assertThat(first("[{type: starts-with, value: 'Answer:'}]", "Answer: 4").pass()).isTrue();
        assertThat(first("[{type: starts-with, value: 'Answer:'}]", "The Answer: 4").pass()).isFalse();
        assertThat(first("[{type: starts-with, value: 'answer:', ignore_case: true}]", "ANSWER: 4").pass()).isTrue();
        assertThat(first("[{type: starts-with, value: 'a long prefix'}]", "a").pass()).isFalse();
    }

    @Test
    void length_counts_code_points_not_utf16_units() {
        String emoji = "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00";
        assertThat(first("[{type: length, max: 3}]", emoji).pass()).isTrue();
        assertThat(first("[{type: length, max: 2}]", emoji).reason()).isEqualTo("3 chars, more than 2");
        assertThat(first("[{type: length, min: 4}]", emoji).pass()).isFalse();
    }

    @Test
    void length_in_words_counts_runs_of_non_whitespace() {
        String yaml = "[{type: length, min: 2, max: 3, unit: words}]";
        assertThat(first(yaml, "  two\twords \n").pass()).isTrue();
        assertThat(first(yaml, "one").reason()).isEqualTo("1 words, fewer than 2");
        assertThat(first(yaml, "this has four words").pass()).isFalse();
    }
}
