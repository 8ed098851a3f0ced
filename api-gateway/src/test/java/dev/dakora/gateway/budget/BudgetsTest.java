package dev.dakora.gateway.budget;

import dev.dakora.gateway.estimate.Estimate;
import dev.dakora.gateway.estimate.ModelEstimate;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The budget arithmetic against a spend read that is counted, not a database. */
class BudgetsTest {

    private static final Instant NOW = Instant.parse("2026-12-05T13:14:15Z");

    /** Spend as configured here; counts the reads. */
    static final class FixedSpend extends SpendReads {
        BigDecimal total = BigDecimal.ZERO;
        Map<String, BigDecimal> byClient = Map.of();
        final AtomicInteger reads = new AtomicInteger();
        Instant lastSince;

        FixedSpend() {
            super(null);
        }

        @Override
        Mono<BigDecimal> total(Instant since) {
            reads.incrementAndGet();
            lastSince = since;
            return Mono.just(total);
        }

        @Override
        Mono<BigDecimal> ofClient(String client, Instant since) {
            reads.incrementAndGet();
            lastSince = since;
            return Mono.just(byClient.getOrDefault(client, BigDecimal.ZERO));
        }
    }

    private final FixedSpend spend = new FixedSpend();

    @Test
    void should_refuse_a_submission_whose_estimate_would_take_the_global_budget_past_its_limit_naming_the_numbers() {
        // given: 9.50 of 10.00 spent this month
        spend.total = new BigDecimal("9.50");
        Budgets budgets = budgets(new BudgetProperties(limit("10.00", BudgetPeriod.MONTH), null, null, Duration.ofSeconds(10)));

        // when / then
        assertThatThrownBy(() -> budgets.check("anonymous", () -> Mono.just(estimate("0.51"))).block())
                .isInstanceOfSatisfying(BudgetExceededException.class, e -> {
                    assertThat(e.state().spentUsd()).isEqualByComparingTo("9.50");
                    assertThat(e.state().limitUsd()).isEqualByComparingTo("10.00");
                    assertThat(e.estimateUsd()).isEqualByComparingTo("0.51");
                    assertThat(e.state().periodStart()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
                    assertThat(e.resetsAt()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
                    assertThat(e.getMessage()).contains("9.50", "10.00", "0.51", "month");
                });
        assertThat(spend.lastSince).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void should_admit_a_submission_that_fits_exactly_into_what_is_left() {
        spend.total = new BigDecimal("9.50");
        Budgets budgets = budgets(new BudgetProperties(limit("10.00", BudgetPeriod.DAY), null, null, Duration.ofSeconds(10)));

        budgets.check("anonymous", () -> Mono.just(estimate("0.50"))).block();

        assertThat(spend.lastSince).isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
    }

    @Test
    void should_check_a_clients_own_budget_and_leave_clients_without_one_unchecked() {
        // given
        spend.byClient = Map.of("key-a", new BigDecimal("1.00"));
        Budgets budgets = budgets(new BudgetProperties(null, null, Map.of("key-a", limit("1.00", BudgetPeriod.DAY)),
                Duration.ofSeconds(10)));
        AtomicInteger estimated = new AtomicInteger();

        // when / then
        assertThatThrownBy(() -> budgets.check("key-a", () -> Mono.just(estimate("0.01"))).block())
                .isInstanceOfSatisfying(BudgetExceededException.class, e -> assertThat(e.state().client()).isEqualTo("key-a"));
        budgets.check("key-b", () -> {
            estimated.incrementAndGet();
            return Mono.just(estimate("100"));
        }).block();
        assertThat(estimated).hasValue(0);
    }

    @Test
    void should_admit_free_submissions_when_the_budget_is_spent_to_its_limit() {
        spend.total = new BigDecimal("10.00");
        Budgets budgets = budgets(new BudgetProperties(limit("10.00", BudgetPeriod.DAY), null, null, Duration.ofSeconds(10)));

        budgets.check("anonymous", () -> Mono.just(estimate("0"))).block();

        assertThatThrownBy(() -> budgets.check("anonymous", () -> Mono.just(estimate("0.000001"))).block())
                .isInstanceOf(BudgetExceededException.class);
    }

    @Test
    void should_read_the_spend_once_within_the_spend_cache_and_again_after_a_zero_cache() {
        Budgets cached = budgets(new BudgetProperties(limit("10.00", BudgetPeriod.DAY), null, null, Duration.ofMinutes(1)));
        cached.states("anonymous").blockLast();
        cached.states("anonymous").blockLast();
        assertThat(spend.reads).hasValue(1);

        Budgets uncached = budgets(new BudgetProperties(limit("10.00", BudgetPeriod.DAY), null, null, Duration.ZERO));
        uncached.states("anonymous").blockLast();
        uncached.states("anonymous").blockLast();
        assertThat(spend.reads).hasValue(3);
    }

    private Budgets budgets(BudgetProperties properties) {
        return new Budgets(properties, spend, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static BudgetProperties.Limit limit(String usd, BudgetPeriod period) {
        return new BudgetProperties.Limit(new BigDecimal(usd), period);
    }

    private static Estimate estimate(String usd) {
        return new Estimate("t", "1.0.0", 1, 0, "test", List.of(new ModelEstimate("openai/gpt-4o", "openai", "o200k_base",
                true, 1, 10, 10, true, BigDecimal.ZERO, new BigDecimal(usd))));
    }
}
