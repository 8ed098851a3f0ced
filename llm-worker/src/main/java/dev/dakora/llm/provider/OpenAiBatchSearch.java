package dev.dakora.llm.provider;

import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds an OpenAI batch by the lane key in its metadata: {@code GET /batches} (newest first, 100 a page,
 * {@code after} the last id of the previous page) until the key is found, the list ends, or a whole page is
 * older than {@code since}. Batches older than {@code since} are never taken. At most {@value #MAX_PAGES}
 * pages are read: beyond that the key counts as not found.
 */
final class OpenAiBatchSearch {

    static final String METADATA_KEY = "dakora_lane_key";
    static final int PAGE = 100;
    static final int MAX_PAGES = 100;

    private final BatchHttp http;
    private final Function<String, String> url;
    private final List<String> headers;
    private final String apiKey;

    OpenAiBatchSearch(BatchHttp http, Function<String, String> url, List<String> headers, String apiKey) {
        this.http = http;
        this.url = url;
        this.headers = headers;
        this.apiKey = apiKey;
    }

    Optional<String> find(String laneKey, Instant since) throws InterruptedException {
        String after = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String query = "?limit=" + PAGE + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
            JsonNode list = http.json("GET", url.apply("/batches" + query), headers, null, apiKey);
            JsonNode data = list.path("data");
            boolean allOlder = true;
            for (JsonNode batch : data) {
                if (batch.path("created_at").asLong(Long.MAX_VALUE) < since.getEpochSecond()) {
                    continue;
                }
                allOlder = false;
                if (laneKey.equals(batch.path("metadata").path(METADATA_KEY).asString(null)) && batch.path("id").isString()) {
                    return Optional.of(batch.path("id").asString());
                }
            }
            if (allOlder || data.isEmpty() || !list.path("has_more").asBoolean(false)) {
                return Optional.empty();
            }
            after = data.get(data.size() - 1).path("id").asString();
        }
        return Optional.empty();
    }
}
