package dev.dakora.evaluation.assertion;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SimilarityTest {

    @Test
    void levenshtein_is_one_minus_the_distance_over_the_longer_length() {
        assertThat(Similarity.levenshtein("kitten", "sitting")).isCloseTo(1 - 3.0 / 7, within(1e-12));
        assertThat(Similarity.levenshtein("flaw", "lawn")).isCloseTo(0.5, within(1e-12));
        assertThat(Similarity.levenshtein("same", "same")).isEqualTo(1.0);
        assertThat(Similarity.levenshtein("", "")).isEqualTo(1.0);
        assertThat(Similarity.levenshtein("abc", "")).isEqualTo(0.0);
    }

    @Test
    void levenshtein_counts_an_astral_character_as_one_edit() {
        assertThat(Similarity.levenshtein("a\uD83D\uDE00", "ab")).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void rouge_l_is_the_f1_of_the_longest_common_word_subsequence() {
        // candidate 4 tokens, reference 6, longest common subsequence "the gunman": 2
        double f1 = Similarity.rougeL("police killed the gunman", "the gunman was killed by police");
        double precision = 2.0 / 4;
        double recall = 2.0 / 6;
        assertThat(f1).isCloseTo(2 * precision * recall / (precision + recall), within(1e-12));
        assertThat(Similarity.rougeL("The Cat sat.", "the cat SAT")).isEqualTo(1.0);
        assertThat(Similarity.rougeL("dog", "cat")).isEqualTo(0.0);
        assertThat(Similarity.rougeL("", "cat")).isEqualTo(0.0);
    }

    @Test
    void both_refuse_texts_past_their_bound_instead_of_running_quadratically() {
        assertThatThrownBy(() -> Similarity.levenshtein("a".repeat(Similarity.MAX_CHARS + 1), "a"))
                .hasMessageContaining("too long");
        assertThatThrownBy(() -> Similarity.rougeL("a ".repeat(Similarity.MAX_TOKENS + 1), "a"))
                .hasMessageContaining("too long");
    }
}
