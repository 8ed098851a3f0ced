package dev.dakora.gateway.persistence;

import dev.dakora.common.model.Price;
import dev.dakora.common.model.PriceTable;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BatchSavingTest {

    private static final PriceTable PRICES = new PriceTable(
            Map.of("openai/gpt-4o-mini", new Price(new BigDecimal("0.15"), new BigDecimal("0.60"))), "test");

    private static BatchSaving.Calls calls(String model, String provider, boolean cached, long in, long out, String cost) {
        return new BatchSaving.Calls(model, provider, cached, in, out, new BigDecimal(cost));
    }

    @Test
    void should_price_the_calls_at_list_price_and_save_the_difference_from_what_they_cost() {
        // given: a million tokens each way at half the list price, under both spellings of the model
        List<BatchSaving.Calls> calls = List.of(calls("openai/gpt-4o-mini", "openai", false, 1_000_000, 1_000_000, "0.375"),
                calls("gpt-4o-mini", "openai", false, 2_000_000, 0, "0.15"));

        // when
        BatchSaving saving = BatchSaving.of(calls, PRICES);

        // then: list 0.15 + 0.60 + 0.30
        assertThat(saving.listPriceUsd()).isEqualByComparingTo("1.05");
        assertThat(saving.savingUsd()).isEqualByComparingTo("0.525");
    }

    @Test
    void should_save_nothing_on_calls_that_cost_their_list_price() {
        // given: calls of the batch lane that went online (their provider has no batch API)
        List<BatchSaving.Calls> calls = List.of(calls("openai/gpt-4o-mini", "openai", false, 1_000_000, 0, "0.15"));

        // when
        BatchSaving saving = BatchSaving.of(calls, PRICES);

        // then
        assertThat(saving.listPriceUsd()).isEqualByComparingTo("0.15");
        assertThat(saving.savingUsd()).isEqualByComparingTo("0");
    }

    @Test
    void should_count_cached_answers_and_failed_calls_at_their_cost_whatever_their_model() {
        // given: a cached answer (its original tokens, cost 0) and failed calls of a model no provider serves
        List<BatchSaving.Calls> calls = List.of(calls("openai/gpt-4o-mini", "openai", true, 1_000_000, 1_000_000, "0"),
                calls("nowhere/x", null, false, 0, 0, "0"), calls("openai/gpt-4o-mini", "openai", false, 0, 1_000_000, "0.30"));

        // when
        BatchSaving saving = BatchSaving.of(calls, PRICES);

        // then
        assertThat(saving.listPriceUsd()).isEqualByComparingTo("0.60");
        assertThat(saving.savingUsd()).isEqualByComparingTo("0.30");
    }

    @Test
    void should_show_no_saving_when_a_model_has_no_list_price_or_no_priced_call_is_logged() {
        // given
        List<BatchSaving.Calls> unknown = List.of(calls("openai/gpt-4o-mini", "openai", false, 10, 10, "0.000001"),
                calls("openai/gpt-unlisted", "openai", false, 10, 10, "0.000001"));

        // when / then
        assertThat(BatchSaving.of(unknown, PRICES)).isEqualTo(BatchSaving.NONE);
        assertThat(BatchSaving.of(List.of(), PRICES)).isEqualTo(BatchSaving.NONE);
        assertThat(BatchSaving.NONE.listPriceUsd()).isNull();
    }
}
