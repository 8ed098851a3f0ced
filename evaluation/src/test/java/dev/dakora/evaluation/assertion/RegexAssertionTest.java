package dev.dakora.evaluation.assertion;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static dev.dakora.evaluation.assertion.Suites.first;
import static dev.dakora.evaluation.assertion.Suites.yamlList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegexAssertionTest {

    @Test
    void regex_passes_when_the_pattern_is_found_anywhere() {
        assertThat(first("[{type: regex, value: '\\d{3}-\\d{4}'}]", "call 555-1234 now").pass()).isTrue();
        assertThat(first("[{type: regex, value: '\\d{3}-\\d{4}'}]", "call me").reason()).contains("does not match");
    }

    @Test
    void regex_is_anchored_only_when_the_pattern_says_so() {
        assertThat(first("[{type: regex, value: '^yes$', ignore_case: true}]", "YES").pass()).isTrue();
        assertThat(first("[{type: regex, value: '^yes$'}]", "yes, sure").pass()).isFalse();
    }

    // The timeouts below guard against a hang only; they are far above the time these take.
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void nested_quantifiers_run_in_linear_time_on_an_input_that_would_make_a_backtracking_engine_hang() {
        String hostile = "a".repeat(100_000) + "!";
        assertThat(first("[{type: regex, value: '^(a+)+$'}]", hostile).pass()).isFalse();
        assertThat(first("[{type: regex, value: '^(a|aa)*$'}]", hostile).pass()).isFalse();
        assertThat(first("[{type: regex, value: '(.*a){20}b'}]", hostile).pass()).isFalse();
        assertThat(first("[{type: regex, value: '^(a+)+!$'}]", hostile).pass()).isTrue();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void nested_counted_repetitions_that_would_exhaust_the_heap_are_refused_before_compiling() {
        assertThatThrownBy(() -> AssertionParser.parseAll(yamlList("[{type: regex, value: '((a{1000}){1000}){1000}'}]")))
                .isInstanceOf(InvalidAssertionException.class)
                .hasMessageContaining("assertions[0].value: is too complex");
        assertThatThrownBy(() -> AssertionParser.parseAll(yamlList("[{type: regex, value: '(x(a{200}){200}|b)+'}]")))
                .hasMessageContaining("is too complex");
    }

    @Test
    void counted_repetitions_within_the_size_limit_are_accepted() {
        assertThat(first("[{type: regex, value: '(a{100}){100}'}]", "a".repeat(10_000)).pass()).isTrue();
        assertThat(first("[{type: regex, value: '[{}]{3}\\p{Greek}{2}'}]", "{}{αβ").pass()).isTrue();
        assertThat(SafeRegex.estimatedSize("(a{100}){100}")).isLessThanOrEqualTo(SafeRegex.MAX_PROGRAM_SIZE);
        assertThat(SafeRegex.estimatedSize("((a{1000}){1000}){1000}")).isGreaterThan(1_000_000_000L);
    }

    @Test
    void back_references_and_look_around_are_refused_when_the_spec_is_read() {
        assertThatThrownBy(() -> AssertionParser.parseAll(yamlList("[{type: regex, value: '(a)\\1'}]")))
                .isInstanceOf(InvalidAssertionException.class)
                .hasMessageContaining("assertions[0].value: is not a valid RE2 regular expression");
        assertThatThrownBy(() -> AssertionParser.parseAll(yamlList("[{type: is-json}, {type: regex, value: 'a(?=b)'}]")))
                .hasMessageContaining("assertions[1].value");
    }

    @Test
    void an_unbalanced_or_overlong_pattern_is_refused() {
        assertThatThrownBy(() -> AssertionParser.parseAll(yamlList("[{type: regex, value: '(abc'}]")))
                .hasMessageContaining("assertions[0].value");
        String longPattern = "a".repeat(RegexMatch.MAX_PATTERN_LENGTH + 1);
        assertThatThrownBy(() -> AssertionParser.parseAll(yamlList("[{type: regex, value: " + longPattern + "}]")))
                .hasMessageContaining("must be at most 1000 characters");
    }
}
