package dev.dakora.gateway.persistence;

import dev.dakora.common.event.EventJson;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A position in an experiment's grid order (row, version, model, sample): the opaque cursor of a results page. */
public record ResultPosition(int row, String version, String model, int sample) {

    public static ResultPosition of(Map<String, Object> result) {
        return new ResultPosition((Integer) result.get("row"), (String) result.get("version"), (String) result.get("model"),
                (Integer) result.get("sample"));
    }

    /** @throws IllegalArgumentException for a cursor this server did not give */
    public static ResultPosition decode(String cursor) {
        try {
            List<?> parts = EventJson.mapper().readValue(Base64.getUrlDecoder().decode(cursor), List.class);
            if (parts.size() == 4 && parts.get(0) instanceof Integer row && parts.get(1) instanceof String version
                    && parts.get(2) instanceof String model && parts.get(3) instanceof Integer sample) {
                return new ResultPosition(row, version, model, sample);
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor", e);
        }
        throw new IllegalArgumentException("not a cursor");
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                EventJson.writeString(List.of(row, version, model, sample)).getBytes(StandardCharsets.UTF_8));
    }
}
