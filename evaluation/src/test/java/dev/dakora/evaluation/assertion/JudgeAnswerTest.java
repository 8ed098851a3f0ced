package dev.dakora.evaluation.assertion;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JudgeAnswerTest {

    @Test
    void reads_a_json_answer_with_score_and_reason() {
        JudgeVerdict verdict = JudgeAnswer.parse("{\"score\": 0.8, \"reason\": \"mostly right\"}");
        assertThat(verdict.score()).isEqualTo(0.8);
        assertThat(verdict.reason()).isEqualTo("mostly right");
    }

    @Test
    void reads_json_inside_a_fenced_block_and_a_score_over_max() {
        assertThat(JudgeAnswer.parse("Here you go:\n```json\n{\"score\": 4, \"max\": 5}\n```").score()).isEqualTo(0.8);
        assertThat(JudgeAnswer.parse("{\"pass\": false, \"reason\": \"wrong city\"}").score()).isZero();
    }

    @Test
    void reads_a_labelled_score_a_fraction_or_a_bare_number() {
        assertThat(JudgeAnswer.parse("Reasoning... Score: 4/5").score()).isEqualTo(0.8);
        assertThat(JudgeAnswer.parse("score = 0.25").score()).isEqualTo(0.25);
        assertThat(JudgeAnswer.parse("Final score: 7 out of 10").score()).isEqualTo(0.7);
        assertThat(JudgeAnswer.parse("0.9").score()).isEqualTo(0.9);
        assertThat(JudgeAnswer.parse("3/4").score()).isEqualTo(0.75);
    }

    @Test
    void reads_a_pass_or_fail_word_at_the_start_with_the_rest_as_reason() {
        JudgeVerdict pass = JudgeAnswer.parse("PASS - the answer names Paris");
        assertThat(pass.score()).isEqualTo(1.0);
        assertThat(pass.reason()).isEqualTo("the answer names Paris");
        assertThat(JudgeAnswer.parse("**FAIL**").score()).isZero();
        assertThat(JudgeAnswer.parse("No.").score()).isZero();
        assertThat(JudgeAnswer.parse("Yes\nit names the city").reason()).isEqualTo("it names the city");
        assertThatThrownBy(() -> JudgeAnswer.parse("no idea")).hasMessageContaining("holds no score");
    }

    @Test
    void refuses_scores_outside_zero_to_one_instead_of_guessing_a_scale() {
        assertThatThrownBy(() -> JudgeAnswer.parse("Score: 8")).hasMessageContaining("outside 0..1");
        assertThatThrownBy(() -> JudgeAnswer.parse("{\"score\": 1.5}")).hasMessageContaining("outside 0..1");
        assertThatThrownBy(() -> JudgeAnswer.parse("{\"score\": -0.1}")).hasMessageContaining("outside 0..1");
        assertThatThrownBy(() -> JudgeAnswer.parse("6/5")).hasMessageContaining("not a fraction");
        assertThatThrownBy(() -> JudgeAnswer.parse("Score: -0.5")).hasMessageContaining("outside 0..1");
        assertThatThrownBy(() -> JudgeAnswer.parse("-1/5")).hasMessageContaining("outside 0..1");
    }

    @Test
    void refuses_an_answer_with_no_score_quoting_it() {
        assertThatThrownBy(() -> JudgeAnswer.parse("I think it is fine overall"))
                .hasMessageContaining("holds no score")
                .hasMessageContaining("'I think it is fine overall'");
        assertThatThrownBy(() -> JudgeAnswer.parse("{\"verdict\": \"good\"}")).hasMessageContaining("no numeric score");
        assertThatThrownBy(() -> JudgeAnswer.parse("  ")).hasMessageContaining("empty");
    }

    @Test
    void read_turns_an_unreadable_answer_into_a_failed_verdict_that_keeps_the_judge_cost() {
        JudgeVerdict verdict = JudgeAnswer.read("no idea", new BigDecimal("0.001"));
        assertThat(verdict.failed()).isTrue();
        assertThat(verdict.error()).contains("holds no score");
        assertThat(verdict.costUsd()).isEqualByComparingTo("0.001");
        assertThat(JudgeAnswer.read("Score: 1/2", BigDecimal.ONE).score()).isEqualTo(0.5);
    }
}
