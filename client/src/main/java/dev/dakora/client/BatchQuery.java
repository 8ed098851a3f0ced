package dev.dakora.client;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which batches {@code GET /api/batches} lists, newest first: by template, status, and a range of creation
 * times ({@code since} inclusive, {@code until} exclusive); {@code limit} per page from {@code cursor}.
 */
public record BatchQuery(String templateId, String status, Instant since, Instant until, Integer limit, String cursor) {

    public static BatchQuery all() {
        return new BatchQuery(null, null, null, null, null, null);
    }

    public BatchQuery withTemplate(String value) {
        return new BatchQuery(value, status, since, until, limit, cursor);
    }

    public BatchQuery withStatus(String value) {
        return new BatchQuery(templateId, value, since, until, limit, cursor);
    }

    public BatchQuery between(Instant from, Instant to) {
        return new BatchQuery(templateId, status, from, to, limit, cursor);
    }

    public BatchQuery withLimit(int value) {
        return new BatchQuery(templateId, status, since, until, value, cursor);
    }

    /** The page after the one whose {@code nextCursor} this is. */
    public BatchQuery after(String nextCursor) {
        return new BatchQuery(templateId, status, since, until, limit, nextCursor);
    }

    String query() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("template_id", templateId);
        params.put("status", status);
        params.put("since", since == null ? null : since.toString());
        params.put("until", until == null ? null : until.toString());
        params.put("limit", limit == null ? null : limit.toString());
        params.put("cursor", cursor);
        return Transport.query(params);
    }
}
