package dev.dakora.gateway.budget;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The period a budget covers: the current UTC day or UTC calendar month. */
public enum BudgetPeriod {
    DAY, MONTH;

    Instant start(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate first = this == DAY ? today : today.withDayOfMonth(1);
        return first.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    Instant end(Instant now) {
        LocalDate first = LocalDate.ofInstant(start(now), ZoneOffset.UTC);
        return (this == DAY ? first.plusDays(1) : first.plusMonths(1)).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
