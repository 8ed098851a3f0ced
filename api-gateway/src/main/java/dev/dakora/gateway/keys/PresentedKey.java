package dev.dakora.gateway.keys;

import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;

import java.util.Optional;

/** Finds the key a request carries: {@code X-API-Key}, {@code apikey} (the reference SDK) or a bearer token. */
final class PresentedKey {

    private static final String BEARER = "bearer ";

    private PresentedKey() {
    }

    static Optional<String> from(HttpHeaders headers) {
        String key = headers.getFirst("X-API-Key");
        if (isBlank(key)) {
            key = headers.getFirst("apikey");
        }
        if (isBlank(key)) {
            String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
            if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                key = authorization.substring(BEARER.length());
            }
        }
        return isBlank(key) ? Optional.empty() : Optional.of(key.strip());
    }

    /** {@code ?api_key=dk_...}, accepted on WebSocket routes only. */
    static Optional<String> fromQuery(MultiValueMap<String, String> query) {
        String key = query.getFirst("api_key");
        return isBlank(key) ? Optional.empty() : Optional.of(key.strip());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
