package dev.dakora.client;

import java.util.Map;
import java.util.Objects;

/** Which version of a template to read: the current one, an exact version, or the one a label points at. */
public record Selector(String version, String label) {

    public static final Selector CURRENT = new Selector(null, null);

    public Selector {
        if (version != null && label != null) {
            throw new IllegalArgumentException("choose a version or a label, not both");
        }
    }

    public static Selector version(String version) {
        return new Selector(Objects.requireNonNull(version, "version"), null);
    }

    public static Selector label(String label) {
        return new Selector(null, Objects.requireNonNull(label, "label"));
    }

    String query() {
        String query = Transport.query(version != null ? Map.of("version", version)
                : label != null ? Map.of("label", label) : Map.of());
        return query.isEmpty() ? "" : "?" + query;
    }
}
