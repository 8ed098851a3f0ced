package dev.dakora.gateway.web;

import dev.dakora.gateway.persistence.PageCursor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Query parameters of the paged lists: {@code limit}, {@code cursor}, {@code since}. */
final class ListParams {

    private ListParams() {
    }

    static int limit(String limit) {
        return Paging.of(limit, null).limit();
    }

    static PageCursor cursor(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            return PageCursor.decode(cursor);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw InvalidRequestException.of("cursor", "is not a cursor this server gave; send next_cursor from the previous page");
        }
    }

    /** An ISO-8601 instant ({@code 2026-01-31T12:00:00Z}) or a date (midnight UTC). */
    static Instant since(String since) {
        return instant("since", since);
    }

    /** The end of a time range, as {@link #since}. */
    static Instant until(String until) {
        return instant("until", until);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.of(field, "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z, or a date such as 2026-01-31");
        }
    }
}
